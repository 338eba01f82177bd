package org.pressroom.core.serialization;

/**
 * One error an editor can act on: the message, and where known the generated source file, its line and the
 * offending source text.
 */
public record RenderError(String message, String file, Integer line, String context) {
}
