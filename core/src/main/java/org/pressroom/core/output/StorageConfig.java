package org.pressroom.core.output;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
public class StorageConfig {

	@Bean(destroyMethod = "close")
	S3Client s3Client(StorageProperties properties) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(properties.region()));
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint()).forcePathStyle(true);
		}
		if (properties.hasStaticCredentials()) {
			builder.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())));
		}
		return builder.build();
	}

	@Bean
	OutputStore outputStore(S3Client s3Client, StorageProperties properties) {
		OutputStore store = new OutputStore(s3Client, properties);
		if (properties.createBucket()) {
			store.createBucketsIfMissing();
		}
		return store;
	}

	@Bean
	StorageHealthIndicator storageHealthIndicator(OutputStore outputStore) {
		return new StorageHealthIndicator(outputStore);
	}

}
