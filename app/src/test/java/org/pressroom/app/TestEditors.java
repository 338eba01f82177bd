package org.pressroom.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The ITs' editor credentials: a static token (its hash is in
 * application-test.properties) and JWTs signed with an RSA key made for this JVM, whose
 * public half the app reads from a file, as it would an issuer's.
 */
public final class TestEditors {

	public static final String TOKEN = "pressroom-test-editor-7c1d9e04b6a2f853";

	private static final KeyPair KEYS = rsaKeys();

	private static Path publicKeyFile;

	private TestEditors() {
	}

	/** For {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
	public static synchronized String publicKeyLocation() {
		if (publicKeyFile == null) {
			try {
				publicKeyFile = Files.createTempFile("pressroom-test-jwt", ".pem");
				publicKeyFile.toFile().deleteOnExit();
				String base64 = Base64.getMimeEncoder(64, "\n".getBytes())
					.encodeToString(KEYS.getPublic().getEncoded());
				Files.writeString(publicKeyFile,
						"-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return publicKeyFile.toUri().toString();
	}

	/**
	 * A JWT for {@code subject} whose {@code scope} claim is {@code scope}, valid for
	 * {@code lifetime}.
	 */
	public static String jwt(String subject, String scope, Duration lifetime) {
		return sign(subject, scope, lifetime, (RSAPrivateKey) KEYS.getPrivate());
	}

	/**
	 * A JWT for {@code subject}, signed with the app's key, that never expires: it has no
	 * {@code exp}.
	 */
	public static String jwtWithoutExpiry(String subject, String scope) {
		return sign(new JWTClaimsSet.Builder().subject(subject).claim("scope", scope).issueTime(new Date()).build(),
				(RSAPrivateKey) KEYS.getPrivate());
	}

	/** A JWT signed with a key the app does not know. */
	public static String jwtFromAnotherIssuer(String subject, String scope) {
		return sign(subject, scope, Duration.ofMinutes(5), (RSAPrivateKey) AnotherIssuer.KEYS.getPrivate());
	}

	private static String sign(String subject, String scope, Duration lifetime, RSAPrivateKey key) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
			.claim("scope", scope)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(lifetime)))
			.build();
		return sign(claims, key);
	}

	private static String sign(JWTClaimsSet claims, RSAPrivateKey key) {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/**
	 * Keys of an issuer the app does not trust, made once per JVM when first needed: RSA
	 * key generation showed in the test JVMs' CPU profile (JFR).
	 */
	private static final class AnotherIssuer {

		static final KeyPair KEYS = rsaKeys();

	}

	private static KeyPair rsaKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
