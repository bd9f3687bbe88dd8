"""The Emails section's parts: reading pane, compose dialog, account editor and the Settings tab."""
