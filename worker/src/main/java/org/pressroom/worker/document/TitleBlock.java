package org.pressroom.worker.document;

import java.util.List;

/**
 * What heads the document.
 *
 * @param title the ATBD's title
 * @param authors the contacts' full names, blank ones left out
 * @param version "1.2"
 * @param status the version's status as shown ("Closed Review Requested"), or ""
 * @param doi the version's DOI as stored, or ""
 * @param doiHref the DOI as a doi.org URL, or "" when there is none
 */
public record TitleBlock(String title, List<String> authors, String version, String status, String doi,
		String doiHref) {

	public TitleBlock {
		authors = List.copyOf(authors);
	}

}
