"""The Documents section's parts: the list model, the preview pane, file drops, record picker, letters."""
