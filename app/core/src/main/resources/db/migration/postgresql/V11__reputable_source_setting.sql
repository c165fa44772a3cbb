-- Issue 4: PP5/BP6 from ClinVar (a "reputable source") are off by default, as the ClinGen SVI recommends; an
-- administrator may switch them on, with a reason, as a new version of the suggestion settings, and choose the
-- ClinVar review status (gold stars, 1 to 4) a record needs. See docs/adr/suggestion-thresholds.md.
ALTER TABLE threshold_set ADD COLUMN reputable_source BIGINT NOT NULL DEFAULT 0;
ALTER TABLE threshold_set ADD COLUMN reputable_min_stars BIGINT NOT NULL DEFAULT 2;
