"""Workbooks in and out, without Django: reading cells into a neutral form, typed cell values,
errors that point at a cell, and writing formatted workbooks.

`sakip.impor` maps what is read here onto the domain; the LKjIP table export (`tabel`) renders
`sakip.core.tables`.
"""
