package org.pressroom.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.core.SpringTestTx;
import org.pressroom.testing.AptFixtures;

import tools.jackson.databind.json.JsonMapper;

/**
 * What Pressroom reads of APT's tables, in a rolled-back transaction holding APT's 2021
 * dump and the fixture.
 */
class VersionRepositoryIT {

	private static final VersionKey GEDI = new VersionKey(2, 1);

	private SpringTestTx tx;

	private VersionRepository versions;

	private int fixture;

	@BeforeEach
	void loadTheFixtures() throws SQLException {
		this.tx = SpringTestTx.begin();
		AptFixtures.loadBeta1Dump(this.tx.connection());
		this.fixture = AptFixtures.insertFixtureAtbd(this.tx.connection());
		this.versions = new VersionRepository(this.tx.jdbc(), this.tx.transactions(), JsonMapper.builder().build());
	}

	@AfterEach
	void rollBack() {
		this.tx.close();
	}

	@Test
	void readsAVersionWithItsAtbdContactsAndChangeRevision() {
		VersionSnapshot snapshot = this.versions.read(new VersionKey(this.fixture, 1)).orElseThrow();

		assertThat(snapshot.title()).isEqualTo(AptFixtures.FIXTURE_TITLE);
		assertThat(snapshot.alias()).isEqualTo(AptFixtures.FIXTURE_ALIAS);
		assertThat(snapshot.status()).isEqualTo("DRAFT");
		assertThat(snapshot.minor()).isZero();
		assertThat(snapshot.isUploadedPdf()).isFalse();
		assertThat(snapshot.imageKeys()).containsExactly(AptFixtures.FULL_MOON_KEY);
		assertThat(snapshot.contacts()).singleElement().satisfies((contact) -> {
			assertThat(contact.fullName()).isEqualTo("Ada Q. Fixture");
			assertThat(contact.mechanisms()).containsExactly(new Contact.Mechanism("Email", "ada.fixture@example.org"));
			assertThat(contact.roles()).containsExactly("Investigator", "Science contact");
			assertThat(contact.affiliations()).containsExactly("Pressroom Test Institute");
		});
		assertThat(snapshot.revision()).as("the trigger's revision").isPositive();
	}

	@Test
	void aMissingVersionIsEmptyAndIdsResolveByNumberOrAlias() {
		assertThat(this.versions.read(new VersionKey(2, 9))).isEmpty();
		assertThat(this.versions.exists(GEDI)).isTrue();
		assertThat(this.versions.lookUp("2", 1)).map(VersionLookup::key).contains(GEDI);
		assertThat(this.versions.lookUp(AptFixtures.FIXTURE_ALIAS, 1)).map(VersionLookup::atbdId)
			.contains(this.fixture);
		assertThat(this.versions.lookUp("no-such-alias", 1)).isEmpty();
		assertThat(this.versions.lookUp("99999999999", 1)).as("beyond an int: only an alias").isEmpty();
		assertThat(this.versions.lookUp("2", 1)).map(VersionLookup::status).contains("DRAFT");
		assertThat(this.versions.lookUp("2", 9)).hasValueSatisfying((lookup) -> {
			assertThat(lookup.versionExists()).isFalse();
			assertThat(lookup.status()).isNull();
		});
		assertThat(this.versions.withoutRenderAt("r".repeat(64), new VersionKey(Integer.MIN_VALUE, 0), 10))
			.as("every version has a change request of its own: the drain's, not the scan's")
			.isEmpty();
	}

	@Test
	void aRerenderRequestIsReadWithTheVersionAndCountsAsAChange() {
		long revision = this.versions.read(GEDI).orElseThrow().revision();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

		assertThat(this.versions.requestRerender(GEDI, now)).isTrue();

		VersionSnapshot again = this.versions.read(GEDI).orElseThrow();
		assertThat(again.serializeRequestedAt()).isEqualTo(now);
		assertThat(again.revision()).isGreaterThan(revision);
		assertThat(this.versions.requestRerender(new VersionKey(2, 9), now)).isFalse();
		assertThat(this.versions.lock(new VersionKey(2, 9))).isFalse();
		assertThat(this.versions.lock(GEDI)).isTrue();
	}

	@Test
	void aPdfTypeVersionIsReadWithItsUpload() {
		int upload = this.tx.jdbc().sql("""
				INSERT INTO apt.pdf_uploads (file_path, created_by, atbd_id)
				VALUES ('4/uploads/atbd_4_1.pdf', 'tests', 4) RETURNING id
				""").query(Integer.class).single();
		this.tx.jdbc().sql("UPDATE apt.atbds SET document_type = 'PDF' WHERE id = 4").update();
		this.tx.jdbc()
			.sql("UPDATE apt.atbd_versions SET pdf_id = :upload WHERE atbd_id = 4")
			.param("upload", upload)
			.update();

		VersionSnapshot snapshot = this.versions.read(new VersionKey(4, 1)).orElseThrow();

		assertThat(snapshot.isUploadedPdf()).isTrue();
		assertThat(snapshot.pdfUpload()).isEqualTo(new PdfUpload(upload, "4/uploads/atbd_4_1.pdf"));
		assertThat(snapshot.imageKeys()).isEmpty();
	}

}
