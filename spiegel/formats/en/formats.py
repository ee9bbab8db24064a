DATE_FORMAT = "j F Y"  # 3 December 2026
DATETIME_FORMAT = "j F Y, H:i"  # 3 December 2026, 14:05
TIME_FORMAT = "H:i"
