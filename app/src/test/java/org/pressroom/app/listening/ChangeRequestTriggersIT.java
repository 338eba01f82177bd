package org.pressroom.app.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pressroom.app.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The V4 triggers: every committed change to rendered content leaves a durable request per affected version. */
class ChangeRequestTriggersIT extends IntegrationTest {

	@Autowired
	ChangeListener listener;

	@BeforeEach
	void stopDispatching() {
		this.listener.stop();
		this.apt.loadBeta1Dump();
	}

	@AfterEach
	void startDispatching() {
		this.listener.start();
	}

	@Test
	void loadingTheDumpRequestsEveryVersion() {
		assertThat(pendingVersions()).containsExactly("2/1", "3/1", "4/1");
	}

	@Test
	void contactLinkedToSeveralVersionsMarksThemAll() {
		this.apt.linkContact(2, 1, 5);
		this.apt.linkContact(3, 1, 5);
		markAllDispatched();

		this.apt.renameContact(5, "Masekovich");

		assertThat(pendingVersions()).containsExactly("2/1", "3/1", "4/1");
	}

	@Test
	void atbdTitleChangeMarksItsVersionsOnly() {
		markAllDispatched();

		this.jdbc.sql("UPDATE apt.atbds SET title = 'New title' WHERE id = 4").update();

		assertThat(pendingVersions()).containsExactly("4/1");
	}

	@Test
	void deletingAVersionIsRecordedFromOld() {
		markAllDispatched();

		this.apt.deleteVersion(3, 1);

		assertThat(pendingVersions()).containsExactly("3/1");
	}

	@Test
	void writesToBookkeepingNeverTrigger() {
		markAllDispatched();
		long revisionBefore = maxRevision();

		this.jdbc.sql("""
				INSERT INTO pressroom.serialization (atbd_id, major, checksum, revision, state, computed_at)
				VALUES (2, 1, repeat('a', 64), 1, 'queued', now())
				""").update();
		this.jdbc.sql("UPDATE pressroom.serialization SET state = 'succeeded'").update();
		this.jdbc.sql("UPDATE pressroom.change_requests SET changed_at = now()").update();

		assertThat(pendingVersions()).isEmpty();
		assertThat(maxRevision()).isEqualTo(revisionBefore);
	}

	@Test
	void updateThatChangesNothingStillRecordsARequest() {
		markAllDispatched();

		this.apt.touchWithoutChangingContent(2, 1);

		assertThat(pendingVersions()).containsExactly("2/1");
	}

	@Test
	void loadedIdsAdvanceTheSequences() {
		int atbd = this.jdbc.sql("INSERT INTO apt.atbds (title, created_by) VALUES ('After the dump', 'tests') RETURNING id")
			.query(Integer.class)
			.single();
		int contact = this.jdbc.sql("INSERT INTO apt.contacts (first_name, last_name) VALUES ('A', 'B') RETURNING id")
			.query(Integer.class)
			.single();

		assertThat(atbd).isEqualTo(5);
		assertThat(contact).isEqualTo(6);
	}

	private List<String> pendingVersions() {
		return this.jdbc.sql("""
				SELECT atbd_id || '/' || major FROM pressroom.change_requests
				WHERE revision > dispatched_revision ORDER BY atbd_id, major
				""").query(String.class).list();
	}

	private void markAllDispatched() {
		this.jdbc.sql("UPDATE pressroom.change_requests SET dispatched_revision = revision").update();
	}

	private long maxRevision() {
		return this.jdbc.sql("SELECT coalesce(max(revision), 0) FROM pressroom.change_requests")
			.query(Long.class)
			.single();
	}

}
