"""The central resident profile: residents, consent, verified links, postcodes, AVG requests."""
