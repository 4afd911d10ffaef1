"""Forms over the case file's fields: built from field tables, validated by interchange."""
