"""Pages of the fieldwork app, one module per page or concern. Every view reads through scoped
selectors (404 outside scope) and writes through services; reads of confidential content are
audited.

- `werkruimte`: the team's hub for a Spiegel, the planning and its iCalendar file.
- `gesprek`: creating, editing and deleting sessions (with their participants).
- `aantekeningen`: the notes editor, its autosave and earlier versions of the notes.
- `vastlegging`: capturing observations and quotes in a session, correcting and deleting them.
- `lijsten`: the lists of observations and quotes, search and the overview (heatmap).
- `export`: the CSV and Excel export.
- `sjablonen`: the Spiegel's capture templates.
- `documenten`: a request's documents, upload and download.
- `scope`: the user-scoped lookups the modules share.
"""
