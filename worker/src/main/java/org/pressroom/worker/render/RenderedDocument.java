package org.pressroom.worker.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The files a render produced in its job folder, with the time each stage took and the
 * warnings it raised; {@code tex} is null for an uploaded PDF, which has no LaTeX.
 */
record RenderedDocument(Path json, Path tex, Path pdf, Path html, Map<String, Long> timings, List<String> warnings) {
}
