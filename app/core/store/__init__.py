"""SQLite project files: schema, migrations, working copies, saving, locks."""
