"""The pipeline section: kanban board of opportunities by stage."""
