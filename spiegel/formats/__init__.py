"""The app's one date format (settings FORMAT_MODULE_PATH): dates as "3 december 2026",
moments as "3 december 2026, 14:05", times as "14:05". Templates use `|date` /
`|date:"DATETIME_FORMAT"` / `|time`, Python `django.utils.formats.date_format`."""
