package org.pressroom.core.document;

import java.util.List;

/** A contact as linked to one version, with the roles and affiliations of that link. */
public record Contact(int id, String firstName, String middleName, String lastName, String url,
		List<Mechanism> mechanisms, List<String> roles, List<String> affiliations) {

	public Contact {
		mechanisms = List.copyOf(mechanisms);
		roles = List.copyOf(roles);
		affiliations = List.copyOf(affiliations);
	}

	/** "First Middle Last", skipping what is blank. */
	public String fullName() {
		StringBuilder name = new StringBuilder(firstName);
		if (middleName != null && !middleName.isBlank()) {
			name.append(' ').append(middleName.strip());
		}
		return name.append(' ').append(lastName).toString().strip();
	}

	/** One of APT's contact mechanisms, e.g. ("Email", "someone@nasa.gov"). */
	public record Mechanism(String type, String value) {
	}

}
