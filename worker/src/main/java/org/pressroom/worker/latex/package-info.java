/**
 * The document model to PDF: {@link org.pressroom.worker.latex.LatexWriter} writes LaTeX
 * in which all text is escaped and equations pass an allow-list,
 * {@link org.pressroom.worker.latex.PdfTypesetter} compiles it with
 * {@link org.pressroom.worker.latex.PdfLatex}, which runs pdflatex confined to the job
 * folder, writes it again with a placeholder for an equation or image that stopped
 * pdflatex, and turns the log into errors and warnings an editor can act on.
 * {@link org.pressroom.worker.latex.PreambleFormat} precompiles the preamble and
 * {@link org.pressroom.worker.latex.AuxCache} keeps a build's .aux for the next one.
 */
package org.pressroom.worker.latex;
