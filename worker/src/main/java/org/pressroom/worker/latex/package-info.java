/**
 * Document JSON to PDF: {@link org.pressroom.worker.latex.LatexWriter} writes LaTeX in which all text is escaped
 * and equations pass an allow-list, {@link org.pressroom.worker.latex.PdfLatex} runs pdflatex confined to the job
 * folder and turns its log into errors an editor can act on.
 */
package org.pressroom.worker.latex;
