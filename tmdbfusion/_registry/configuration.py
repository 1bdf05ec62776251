"""Registry entries for TMDB's "Configuration" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.common import SpokenLanguage
from ..models.configuration import Configuration, Country, CountryTimezones, Department

DETAILS = Endpoint(
    "configuration-details",
    "GET",
    "/3/configuration",
    "configuration",
    "details",
    Configuration,
)
COUNTRIES = Endpoint(
    "configuration-countries",
    "GET",
    "/3/configuration/countries",
    "configuration",
    "countries",
    list[Country],
    query=("language",),
)
JOBS = Endpoint(
    "configuration-jobs",
    "GET",
    "/3/configuration/jobs",
    "configuration",
    "jobs",
    list[Department],
)
LANGUAGES = Endpoint(
    "configuration-languages",
    "GET",
    "/3/configuration/languages",
    "configuration",
    "languages",
    list[SpokenLanguage],
)
PRIMARY_TRANSLATIONS = Endpoint(
    "configuration-primary-translations",
    "GET",
    "/3/configuration/primary_translations",
    "configuration",
    "primary_translations",
    list[str],
)
TIMEZONES = Endpoint(
    "configuration-timezones",
    "GET",
    "/3/configuration/timezones",
    "configuration",
    "timezones",
    list[CountryTimezones],
)

ENDPOINTS = (DETAILS, COUNTRIES, JOBS, LANGUAGES, PRIMARY_TRANSLATIONS, TIMEZONES)
