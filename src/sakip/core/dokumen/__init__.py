"""Reports as one document model (sections, text, tables, figures) built from a snapshot.

`lkjip`, `pk` and `triwulan` each build a `Dokumen` from an `OpdTahun` and the users' paragraph
overrides; the renderers in `sakip.render` turn it into DOCX, PDF or HTML.
"""
