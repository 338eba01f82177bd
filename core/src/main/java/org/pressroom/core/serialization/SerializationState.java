package org.pressroom.core.serialization;

/**
 * queued → running → succeeded | failed | superseded; superseded → queued when that
 * content becomes current again.
 */
public enum SerializationState {

	QUEUED, RUNNING, SUCCEEDED, FAILED, SUPERSEDED;

	public String dbValue() {
		return name().toLowerCase();
	}

	static SerializationState fromDb(String value) {
		return valueOf(value.toUpperCase());
	}

	/** Whether a job for this row still has to run. */
	public boolean needsJob() {
		return this == QUEUED;
	}

}
