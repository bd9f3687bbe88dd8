"""The Calendar section's views: time grid (day, week, work week), month grid, agenda list."""
