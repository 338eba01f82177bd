package org.pressroom.core.serialization;

/**
 * Whether someone waits for a render (docs/admission.md). Interactive: a version an
 * editor just changed (a statement that touched a few versions), a
 * {@code POST .../serialize}. Bulk: renderer upgrades, backlog and start-up scans,
 * statements that touch many versions, the drain after downtime, a forced re-render of
 * many rows. Admission hands interactive renders to JobRunr first, keeps render slots
 * free for them and runs bulk typesetting at a lower OS priority; bulk work always keeps
 * at least one render going, so it is never starved.
 */
public enum Priority {

	INTERACTIVE, BULK;

	/** As stored: 0 interactive, 1 bulk, so that ascending order is priority order. */
	public int dbValue() {
		return ordinal();
	}

	public static Priority fromDb(int value) {
		return values()[value];
	}

	/** The more urgent of the two. */
	public Priority max(Priority other) {
		return (this == INTERACTIVE || other == INTERACTIVE) ? INTERACTIVE : BULK;
	}

}
