package org.pressroom.core.checksum;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.pressroom.core.document.VersionKey;
import org.pressroom.core.document.VersionRepository;
import org.pressroom.core.document.VersionSnapshot;
import org.pressroom.core.output.OutputKeys;
import org.pressroom.core.output.OutputStore;
import org.springframework.stereotype.Component;

/**
 * Reads a version and computes its checksum, including the stored version (ETag) of every image it shows, or of
 * its upload for a PDF-type version. The
 * dispatcher and the render job both call it, so both compute the checksum the same way.
 */
@Component
public class ContentReader {

	static final String MISSING_IMAGE = "missing";


	private final VersionRepository versions;

	private final OutputStore store;

	public ContentReader(VersionRepository versions, OutputStore store) {
		this.versions = versions;
		this.store = store;
	}

	/** The version's current content, or empty if the version does not exist. */
	public Optional<VersionContent> read(VersionKey key) {
		return this.versions.read(key).map(this::withChecksum);
	}

	private VersionContent withChecksum(VersionSnapshot version) {
		if (version.isUploadedPdf()) {
			return new VersionContent(version, ContentChecksum.ofUploadedPdf(version, uploadVersion(version)));
		}
		Map<String, String> imageVersions = new LinkedHashMap<>();
		for (String objectKey : version.imageKeys()) {
			// A refused objectKey (OutputKeys.imageKeyProblem) is "missing" without a request to S3.
			imageVersions.put(objectKey,
					this.store.imageVersion(version.key().atbdId(), objectKey).orElse(MISSING_IMAGE));
		}
		return new VersionContent(version, ContentChecksum.of(version, imageVersions));
	}

	/** The ETag of the version's upload, or "missing" (also for a path outside the ATBD's folder, or no upload). */
	private String uploadVersion(VersionSnapshot version) {
		return Optional.ofNullable(version.pdfUpload())
			.flatMap((upload) -> OutputKeys.upload(version.key().atbdId(), upload.filePath()))
			.flatMap(this.store::aptObjectVersion)
			.orElse(MISSING_IMAGE);
	}

}
