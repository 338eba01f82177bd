package org.pressroom.worker.document;

/**
 * The wording of content warnings. One wording for both renderings, because a render
 * keeps each distinct warning once. {@code where} is the title of the section the problem
 * sits in.
 */
public final class Warnings {

	private Warnings() {
	}

	public static String notAnObject(String kind) {
		return "The document is not a JSON object but " + kind + "; none of its sections can be shown";
	}

	public static String unknownReference(String where, String refId) {
		return where + ": a citation names reference \"" + refId
				+ "\", which is not in the reference list; shown as [?]";
	}

	/**
	 * One warning per image, whatever made it unavailable and however often it is shown.
	 */
	public static String missingImage(String where, String objectKey, String problem) {
		return where + ": image \"" + objectKey + "\" is not shown (" + problem + "); a placeholder is shown";
	}

	public static String pdfOnlyImage(String where, String objectKey) {
		return where + ": image \"" + objectKey
				+ "\" is a PDF file, which browsers cannot show in a page; the HTML shows a placeholder";
	}

	public static String imageNotEmbedded(String where, String objectKey, String reason) {
		return where + ": image \"" + objectKey + "\" could not be embedded in the PDF (" + reason
				+ "); the PDF shows a placeholder";
	}

	public static String unlinkedUrl(String where, String url) {
		return where + ": link target \"" + url
				+ "\" is shown as text (only http, https, ftp, mailto and DOI links are clickable)";
	}

	public static String longUrl(String where, int length) {
		return where + ": a link target of " + length + " characters is shown as text (at most " + Links.MAX_LENGTH
				+ " are linked)";
	}

	public static String unknownElement(String where, String type) {
		return where + ": unknown element type \"" + type + "\" shown as plain text";
	}

	public static String duplicateReference(String refId, int first, int duplicate) {
		return "References: entries " + first + " and " + duplicate + " share the id \"" + refId
				+ "\"; citations of it link to entry " + first;
	}

	public static String equationRejected(String where, String reason, String source) {
		return where + ": equation not rendered (" + reason + "): " + abbreviate(source);
	}

	public static String listTooDeep(String where, int maxDepth) {
		return where + ": lists nested deeper than " + maxDepth + " levels are shown at level " + maxDepth
				+ ", their items marked by hand";
	}

	public static String overfull(String where, int lines, double points) {
		return where + ": " + lines + ((lines == 1) ? " line runs" : " lines run")
				+ String.format(" past the edge of the text in the PDF, by up to %.0f pt", points);
	}

	/** An equation's source on one line, at most 80 characters. */
	public static String abbreviate(String source) {
		String shown = source.strip().replaceAll("\\s+", " ");
		return (shown.length() > 80) ? shown.substring(0, 77) + "..." : shown;
	}

}
