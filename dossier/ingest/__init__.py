"""Reading inputs: files, URLs, feeds, reference lists."""
