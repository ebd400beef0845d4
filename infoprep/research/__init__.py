"""Research: fetch public pages and files about a person and employer into a sourced dossier."""
