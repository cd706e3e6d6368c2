"""Writers of files a reference group can read without Klausul (reports, drafts)."""
