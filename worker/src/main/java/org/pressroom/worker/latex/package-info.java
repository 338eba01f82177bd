/**
 * Document JSON to PDF: {@link org.pressroom.worker.latex.LatexWriter} writes LaTeX in which all text is escaped
 * and equations pass an allow-list, {@link org.pressroom.worker.latex.PdfLatex} runs pdflatex confined to the job
 * folder and turns its log into errors an editor can act on. {@link org.pressroom.worker.latex.PreambleFormat}
 * precompiles the preamble and {@link org.pressroom.worker.latex.AuxCache} keeps a build's .aux for the next one.
 */
package org.pressroom.worker.latex;
