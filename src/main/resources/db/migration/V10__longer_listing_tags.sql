-- Real records describe services in up to 158 characters (the techcoops data): a listing's tags
-- may be up to 200 characters long, as OrganisationTag says.
ALTER TABLE organisation_tag ALTER COLUMN tag SET DATA TYPE VARCHAR(200);
