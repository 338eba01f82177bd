package org.pressroom.worker.outline;

/**
 * The wording of content warnings that both renderings raise. One wording for both, because the render job keeps
 * each distinct warning once. {@code where} is the section title the problem sits in.
 */
public final class Warnings {

	private Warnings() {
	}

	public static String unknownReference(String where, String refId) {
		return where + ": a citation names reference \"" + refId
				+ "\", which is not in the reference list; shown as [?]";
	}

	public static String missingImage(String where, String objectKey) {
		return where + ": image \"" + objectKey + "\" is not available; a placeholder is shown";
	}

	public static String pdfOnlyImage(String where, String objectKey) {
		return where + ": image \"" + objectKey
				+ "\" is a PDF file, which browsers cannot show in a page; the HTML shows a placeholder";
	}

	public static String unlinkedUrl(String where, String url) {
		return where + ": link target \"" + url
				+ "\" is shown as text (only http, https, ftp, mailto and DOI links are clickable)";
	}

	public static String unknownElement(String where, String type) {
		return where + ": unknown element type \"" + type + "\" shown as plain text";
	}

	public static String duplicateReference(String refId, int first, int duplicate) {
		return "References: entries " + first + " and " + duplicate + " share the id \"" + refId
				+ "\"; citations of it link to entry " + first;
	}

	public static String equationRejected(String where, String reason, String source) {
		String shown = source.strip().replaceAll("\\s+", " ");
		shown = (shown.length() > 80) ? shown.substring(0, 77) + "..." : shown;
		return where + ": equation not rendered (" + reason + "): " + shown;
	}

	public static String listTooDeep(String where, int maxDepth) {
		return where + ": lists nested deeper than " + maxDepth
				+ " levels are shown at level " + maxDepth + " in the PDF, their items marked by hand";
	}

}
