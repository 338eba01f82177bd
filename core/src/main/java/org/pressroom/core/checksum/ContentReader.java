package org.pressroom.core.checksum;

import java.time.Clock;
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
 * Reads a version and computes its checksum with a given renderer version, including the
 * stored version (ETag) of the first {@code pressroom.checksum.max-image-identities}
 * images it shows, or of its upload for a PDF-type version. The dispatcher and the render
 * job both call it, so both compute the checksum the same way; the dispatcher remembers
 * image identities ({@link ImageIdentities}), the render job always reads them afresh, so
 * a render never trusts a stale one.
 */
@Component
public class ContentReader {

	static final String MISSING_IMAGE = "missing";

	/**
	 * An image beyond the cap: its key is in the checksum, its identity is not looked up.
	 */
	static final String NOT_CHECKED = "not-checked";

	private final VersionRepository versions;

	private final OutputStore store;

	private final ChecksumProperties properties;

	private final ImageIdentities identities;

	public ContentReader(VersionRepository versions, OutputStore store, ChecksumProperties properties, Clock clock) {
		this.versions = versions;
		this.store = store;
		this.properties = properties;
		this.identities = new ImageIdentities(clock);
	}

	/**
	 * The version's current content with every image identity read now, or empty if the
	 * version does not exist.
	 */
	public Optional<VersionContent> read(VersionKey key, String renderer) {
		return this.versions.read(key).map((version) -> withChecksum(version, renderer, false));
	}

	/**
	 * The same, trusting image identities read in the last minutes: for the dispatcher.
	 */
	public Optional<VersionContent> readForDispatch(VersionKey key, String renderer) {
		return this.versions.read(key).map((version) -> withChecksum(version, renderer, true));
	}

	private VersionContent withChecksum(VersionSnapshot version, String renderer, boolean cached) {
		if (version.isUploadedPdf()) {
			return new VersionContent(version,
					ContentChecksum.ofUploadedPdf(version, uploadVersion(version), renderer));
		}
		Map<String, String> imageVersions = new LinkedHashMap<>();
		int atbdId = version.key().atbdId();
		for (String objectKey : version.imageKeys()) {
			if (imageVersions.size() >= this.properties.maxImageIdentities()) {
				imageVersions.put(objectKey, NOT_CHECKED);
			}
			else if (cached) {
				imageVersions.put(objectKey,
						this.identities.get(atbdId, objectKey, () -> imageVersion(atbdId, objectKey)));
			}
			else {
				imageVersions.put(objectKey, imageVersion(atbdId, objectKey));
			}
		}
		return new VersionContent(version, ContentChecksum.of(version, imageVersions, renderer));
	}

	/**
	 * A refused objectKey (OutputKeys.imageKeyProblem) is "missing" without a request to
	 * S3.
	 */
	private String imageVersion(int atbdId, String objectKey) {
		return this.store.imageVersion(atbdId, objectKey).orElse(MISSING_IMAGE);
	}

	/**
	 * The ETag of the version's upload, or "missing" (also for a path outside the ATBD's
	 * folder, or no upload).
	 */
	private String uploadVersion(VersionSnapshot version) {
		return Optional.ofNullable(version.pdfUpload())
			.flatMap((upload) -> OutputKeys.upload(version.key().atbdId(), upload.filePath()))
			.flatMap(this.store::aptObjectVersion)
			.orElse(MISSING_IMAGE);
	}

}
