"""Renderers of the document model (`sakip.core.dokumen`): DOCX, PDF and HTML, and the charts."""
