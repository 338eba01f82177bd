package org.pressroom.worker.render;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This JVM as a renderer: its renderer version ({@link RendererFingerprint}, computed
 * once at start, in a few milliseconds and one {@code pdflatex --version}) and its worker
 * id, which it records on the serializations it runs and under which
 * {@code WorkerLiveness} announces it. The worker checksums content with this version;
 * dispatchers read it from the database once the worker has registered it.
 */
@Component
public class LocalRenderer {

	private static final Logger log = LoggerFactory.getLogger(LocalRenderer.class);

	private final UUID workerId = UUID.randomUUID();

	private final String codeDigest;

	private final String texVersion;

	private final String version;

	LocalRenderer() {
		this(RendererFingerprint.codeDigest(), RendererFingerprint.texVersion());
	}

	LocalRenderer(String codeDigest, String texVersion) {
		this.codeDigest = codeDigest;
		this.texVersion = texVersion;
		this.version = RendererFingerprint.version(codeDigest, texVersion);
		log.info("Renderer version {} (code {}, {})", this.version.substring(0, 12), codeDigest.substring(0, 12),
				texVersion.lines().findFirst().orElse(""));
	}

	/**
	 * The renderer as this class path and this machine's TeX make it: what a worker of
	 * this build would record.
	 */
	public static LocalRenderer ofThisClassPath() {
		return new LocalRenderer();
	}

	public UUID workerId() {
		return this.workerId;
	}

	/**
	 * The renderer version: SHA-256 hex of the code digest and the TeX toolchain's
	 * version.
	 */
	public String version() {
		return this.version;
	}

	public String codeDigest() {
		return this.codeDigest;
	}

	public String texVersion() {
		return this.texVersion;
	}

}
