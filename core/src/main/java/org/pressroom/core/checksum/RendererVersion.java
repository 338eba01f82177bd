package org.pressroom.core.checksum;

/**
 * The version of the renderers, part of every checksum: bumping it re-renders every version once (the backlog
 * scan finds that no current checksum has a serialization). Bump it whenever templates, renderer code or the TeX
 * toolchain change what a PDF or HTML page looks like.
 */
public final class RendererVersion {

	public static final String CURRENT = "2026.12.01-1";

	private RendererVersion() {
	}

}
