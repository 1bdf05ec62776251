"""Registry entries for TMDB's "Configuration" reference group."""

from __future__ import annotations

from .._endpoint import Endpoint
from ..models.common import SpokenLanguage
from ..models.configuration import Configuration, Country, CountryTimezones, Department
from ._params import LANGUAGE, Resource

RESOURCE = Resource(
    "configuration",
    "Configuration",
    doc='``client.configuration``: TMDB\'s "Configuration" reference group.',
)

DETAILS = Endpoint(
    "configuration-details",
    "GET",
    "/3/configuration",
    "configuration",
    "details",
    Configuration,
    doc="Image base URLs and sizes, and the change keys.",
)
COUNTRIES = Endpoint(
    "configuration-countries",
    "GET",
    "/3/configuration/countries",
    "configuration",
    "countries",
    list[Country],
    params=(LANGUAGE,),
    doc="Every country (ISO 3166-1) TMDB uses, with English and native names.",
)
JOBS = Endpoint(
    "configuration-jobs",
    "GET",
    "/3/configuration/jobs",
    "configuration",
    "jobs",
    list[Department],
    doc="Every department and the crew jobs in it.",
)
LANGUAGES = Endpoint(
    "configuration-languages",
    "GET",
    "/3/configuration/languages",
    "configuration",
    "languages",
    list[SpokenLanguage],
    doc="Every language (ISO 639-1) TMDB uses.",
)
PRIMARY_TRANSLATIONS = Endpoint(
    "configuration-primary-translations",
    "GET",
    "/3/configuration/primary_translations",
    "configuration",
    "primary_translations",
    list[str],
    doc='The translations TMDB fully supports, as ``"en-US"``-style tags.',
)
TIMEZONES = Endpoint(
    "configuration-timezones",
    "GET",
    "/3/configuration/timezones",
    "configuration",
    "timezones",
    list[CountryTimezones],
    doc="Time zones by country, as discover's ``timezone`` takes them.",
)
