"""Deterministic, realistic sandbox data: packages, jobs in several ATSs, and orders.

Everything comes from one `random.Random(seed)`, so the same seed gives the same IDs, names and
statuses (only `created_at` is anchored to `now`, so that "created in the last week" finds
something). Orders are small records; their JSON is built when served, which keeps seeding
10,000 orders far below half a second.
"""

from __future__ import annotations

import itertools
import random
import string
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.kombo.models import OrderStatus
from app.sandbox.ats import ATS_PROFILES, AtsProfile

ID_ALPHABET = string.ascii_letters + string.digits
STATUS_CYCLE = (
    OrderStatus.OPEN,
    OrderStatus.COMPLETED,
    OrderStatus.CANCELLED,
    OrderStatus.REJECTED,
)
# After the first 30 of each status, new orders are mostly open, as in a live integration.
_LATER_STATUS_WEIGHTS = (45, 35, 12, 8)
HISTORY_DAYS = 180


# Byte -> character tables: `randbytes` + `translate` is far faster than `choices`, which
# matters when a test seeds 10,000 orders. (The slight modulo bias is irrelevant here.)
_ID_TABLE = bytes(ord(ID_ALPHABET[i % len(ID_ALPHABET)]) for i in range(256))
_DIGIT_TABLE = bytes(ord(string.digits[i % 10]) for i in range(256))


def random_id(rng: random.Random, length: int = 24) -> str:
    return rng.randbytes(length).translate(_ID_TABLE).decode("ascii")


def _digits(rng: random.Random, count: int) -> str:
    return rng.randbytes(count).translate(_DIGIT_TABLE).decode("ascii")


# --- people ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Locale:
    country: str
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    phone_prefix: str
    phone_groups: tuple[int, ...]
    email_domains: tuple[str, ...]


LOCALES: tuple[Locale, ...] = (
    Locale(
        "DE",
        ("Jürgen", "Lena", "Maximilian", "Sophie", "Lukas", "Anja", "Björn", "Grete"),
        ("Müller", "Schröder", "Weiß", "Hoffmann", "Krüger", "Groß", "Köhler", "Becker"),
        "+49",
        (2, 4, 4),
        ("gmx.de", "web.de", "posteo.de"),
    ),
    Locale(
        "FR",
        ("Élodie", "François", "Chloé", "Théo", "Maëlle", "Jérôme", "Inès", "Gaël"),
        ("Lefèvre", "Dubois", "Moreau", "Girard", "Rousseau", "Faure", "Bérenger", "Lemaître"),
        "+33",
        (1, 2, 2, 2, 2),
        ("orange.fr", "free.fr", "laposte.net"),
    ),
    Locale(
        "ES",
        ("José", "María", "Álvaro", "Lucía", "Íñigo", "Begoña", "Raúl", "Núria"),
        ("Martínez", "García", "Fernández", "Peña", "Muñoz", "Ibáñez", "Gómez", "Sánchez"),
        "+34",
        (3, 3, 3),
        ("gmail.com", "telefonica.net", "yahoo.es"),
    ),
    Locale(
        "PL",
        ("Łukasz", "Agnieszka", "Wojciech", "Małgorzata", "Paweł", "Zofia", "Michał", "Jolanta"),
        ("Wójcik", "Kowalczyk", "Zieliński", "Dąbrowska", "Lewandowski", "Woźniak", "Kamińska"),
        "+48",
        (3, 3, 3),
        ("wp.pl", "onet.pl", "interia.pl"),
    ),
    Locale(
        "SE",
        ("Åsa", "Björn", "Linnéa", "Östen", "Märta", "Sören", "Ingrid", "Oskar"),
        ("Björk", "Åberg", "Lindqvist", "Ström", "Nyström", "Öberg", "Sjöberg"),
        "+46",
        (2, 3, 2, 2),
        ("telia.com", "bredband.net", "gmail.com"),
    ),
    Locale(
        "TR",
        ("Çağla", "Oğuz", "Şebnem", "İlker", "Gülşen", "Ümit", "Barış", "Ayşe"),
        ("Öztürk", "Yılmaz", "Çelik", "Şahin", "Doğan", "Güneş", "Aydın"),
        "+90",
        (3, 3, 2, 2),
        ("gmail.com", "hotmail.com.tr", "yandex.com.tr"),
    ),
    Locale(
        "CZ",
        ("Tomáš", "Zuzana", "Jiří", "Kateřina", "Ondřej", "Markéta", "Radek"),
        ("Dvořák", "Novotná", "Černý", "Procházková", "Kučera", "Růžičková", "Svoboda"),
        "+420",
        (3, 3, 3),
        ("seznam.cz", "email.cz", "centrum.cz"),
    ),
    Locale(
        "PT",
        ("João", "Inês", "Gonçalo", "Leonor", "Tomás", "Conceição", "Simão"),
        ("Gonçalves", "Simões", "Magalhães", "Araújo", "Conceição", "Brandão", "Louro"),
        "+351",
        (3, 3, 3),
        ("sapo.pt", "gmail.com", "outlook.pt"),
    ),
    Locale(
        "NL",
        ("Sanne", "Daan", "Fleur", "Sem", "Lotte", "Bram", "Noor", "Joost"),
        ("de Vries", "van den Berg", "Jansen", "van Dijk", "Bakker", "de Jong", "Visser"),
        "+31",
        (2, 3, 2, 2),
        ("ziggo.nl", "kpnmail.nl", "gmail.com"),
    ),
    Locale(
        "IE",
        ("Siobhán", "Seán", "Aoife", "Pádraig", "Niamh", "Ciarán", "Saoirse", "Eoin"),
        ("O'Brien", "Ó Súilleabháin", "MacCarthy", "Ní Bhriain", "Byrne", "Kavanagh", "Ó Néill"),
        "+353",
        (2, 3, 4),
        ("eircom.net", "gmail.com", "outlook.ie"),
    ),
    Locale(
        "VN",
        ("Hằng", "Minh", "Thảo", "Đức", "Phương", "Quốc", "Ngọc"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Võ", "Huỳnh"),
        "+84",
        (2, 4, 4),
        ("gmail.com", "yahoo.com.vn", "fpt.vn"),
    ),
    Locale(
        "JP",
        ("Yūki", "Haruto", "Sakura", "Ren", "Aoi", "Sōta", "Mei"),
        ("Tanaka", "Satō", "Suzuki", "Takahashi", "Itō", "Watanabe", "Kōno"),
        "+81",
        (2, 4, 4),
        ("docomo.ne.jp", "yahoo.co.jp", "gmail.com"),
    ),
    Locale(
        "US",
        ("Emily", "Michael", "Jasmine", "DeShawn", "Olivia", "Ethan", "Priya", "Carlos"),
        ("Johnson", "Williams", "Nguyen", "Patel", "Rodríguez", "O'Connor", "Washington"),
        "+1",
        (3, 3, 4),
        ("gmail.com", "outlook.com", "icloud.com"),
    ),
    Locale(
        "GB",
        ("Oliver", "Amelia", "Harry", "Isla", "Rhys", "Niamh", "Aarav", "Freya"),
        ("Smith", "Davies", "Evans", "Thompson", "Ali", "Hughes", "Ffion-Jones"),
        "+44",
        (4, 3, 3),
        ("btinternet.com", "gmail.com", "sky.com"),
    ),
)

_ASCII_EXTRA = str.maketrans(
    {"ß": "ss", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ı": "i", "Æ": "AE"}
)


def ascii_slug(text: str) -> str:
    """`Ó Súilleabháin` -> `osuilleabhain`: for e-mail addresses."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_EXTRA))
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


# Slugs are computed once per name, not once per order (seeding speed).
_SLUGS: dict[str, str] = {
    name: ascii_slug(name)
    for locale in LOCALES
    for name in (*locale.first_names, *locale.last_names)
}


def _phone(rng: random.Random, locale: Locale) -> str:
    digits = _digits(rng, sum(locale.phone_groups))
    groups: list[str] = []
    start = 0
    for size in locale.phone_groups:
        groups.append(digits[start : start + size])
        start += size
    return f"{locale.phone_prefix} {' '.join(groups)}"


# --- packages ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SeedPackage:
    id: str
    name: str
    description: str
    type: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "updated_at": self.updated_at,
            "type": self.type,
        }


PACKAGES: tuple[SeedPackage, ...] = (
    SeedPackage(
        "typescript_test",
        "TypeScript",
        "TypeScript coding skills assessment (90 minutes, auto-graded).",
        "SKILLS_TEST",
        "2026-03-02T09:15:00.000Z",
    ),
    SeedPackage(
        "python_data",
        "Python & SQL for data roles",
        "Take-home data analysis task with SQL and pandas questions.",
        "SKILLS_TEST",
        "2026-04-11T14:02:31.000Z",
    ),
    SeedPackage(
        "big5_personality",
        "Work personality profile",
        "Big Five based personality questionnaire with role-fit report.",
        "BEHAVIORAL",
        "2026-01-20T08:00:00.000Z",
    ),
    SeedPackage(
        "video_first_round",
        "One-way video interview",
        "Five recorded questions, reviewed by the hiring team.",
        "VIDEO_INTERVIEW",
        "2026-02-14T16:45:10.000Z",
    ),
    SeedPackage(
        "bgc_standard_eu",
        "Background check (EU standard)",
        "Identity, education and employment verification within the EU.",
        "BACKGROUND_CHECK",
        "2026-05-05T11:30:00.000Z",
    ),
    SeedPackage(
        "references_two",
        "Two professional references",
        "Structured reference check with two former managers.",
        "REFERENCE_CHECK",
        "2026-05-28T07:20:00.000Z",
    ),
)


# --- jobs --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeedJob:
    remote_id: str
    ats: AtsProfile
    json: dict[str, Any]  # the `job` object of an order; shared, never mutated


_JOB_TITLES = (
    (
        "Senior Backend Engineer (m/w/d)",
        "ENG",
        "Design and run the services behind our booking platform.",
    ),
    ("Data Analyst", "DATA", "Turn product and sales data into decisions with SQL and Python."),
    ("Customer Success Manager DACH", "CS", "Own the relationship with 40 mid-market customers."),
    (
        "Pflegefachkraft (m/w/d)",
        "CARE",
        "Betreuung unserer Bewohnerinnen und Bewohner im Tagdienst.",
    ),
    ("Ingénieur(e) DevOps", "OPS", "Automatiser nos déploiements sur Kubernetes et Terraform."),
    (
        "Frontend Developer (React/TypeScript)",
        "ENG",
        "Build the candidate-facing web app with React.",
    ),
    ("Account Executive – Nordics", "SALES", "Win new logos across Sweden, Norway and Denmark."),
    ("Warehouse Team Lead", "LOG", "Lead a shift of 25 people in our Rotterdam hub."),
    ("Analista Financiero/a", "FIN", "Controlling mensual y reporting para el grupo."),
    ("Product Designer", "DES", "Shape flows end to end, from research to polished UI."),
    ("Junior Accountant", "FIN", "Accounts payable, reconciliations and month-end close."),
    ("Site Reliability Engineer", "OPS", "Keep our APIs fast and available across three regions."),
)

_LOCATIONS: tuple[dict[str, str | None] | None, ...] = (
    {
        "street_1": "Friedrichstraße 68",
        "city": "Berlin",
        "state": "Berlin",
        "zip_code": "10117",
        "country": "DE",
    },
    {
        "street_1": "12 Rue de la Paix",
        "city": "Paris",
        "state": "Île-de-France",
        "zip_code": "75002",
        "country": "FR",
    },
    {
        "street_1": "Calle de Alcalá 45",
        "city": "Madrid",
        "state": "Comunidad de Madrid",
        "zip_code": "28014",
        "country": "ES",
    },
    {
        "street_1": "Drottninggatan 33",
        "city": "Stockholm",
        "state": None,
        "zip_code": "111 51",
        "country": "SE",
    },
    {
        "street_1": "Keizersgracht 123",
        "city": "Amsterdam",
        "state": "Noord-Holland",
        "zip_code": "1015 CJ",
        "country": "NL",
    },
    {
        "street_1": "ul. Marszałkowska 10",
        "city": "Warszawa",
        "state": "Mazowieckie",
        "zip_code": "00-590",
        "country": "PL",
    },
    {
        "street_1": "1 Grand Canal Square",
        "city": "Dublin",
        "state": "Leinster",
        "zip_code": "D02 P820",
        "country": "IE",
    },
    {
        "street_1": "350 Fifth Avenue",
        "city": "New York",
        "state": "NY",
        "zip_code": "10118",
        "country": "US",
    },
    {"raw": "Remote (EU time zones)"},
    None,
)


def _location_json(spec: dict[str, str | None] | None) -> dict[str, str | None] | None:
    if spec is None:
        return None
    if "raw" in spec and "city" not in spec:
        return {"raw": spec["raw"]}
    location = {
        key: spec.get(key)
        for key in ("street_1", "street_2", "city", "state", "zip_code", "country")
    }
    location["raw"] = ", ".join(
        p
        for p in (
            spec.get("street_1"),
            f"{spec.get('zip_code')} {spec.get('city')}",
            spec.get("country"),
        )
        if p
    )
    return location


def _job_description(title: str, summary: str, city: str) -> str:
    return (
        f"<h2>{title}</h2><p>{summary}</p>"
        "<h3>What you bring</h3><ul><li>Ownership and clear communication</li>"
        "<li>Three or more years in a similar role</li><li>Fluent English; German, French or "
        "Spanish is a plus</li></ul>"
        f"<h3>Where</h3><p>{city}. Hybrid: two office days a week.</p>"
        "<p><strong>We welcome applicants of every background.</strong></p>"
    )


def _person(rng: random.Random) -> tuple[Locale, str, str]:
    locale = rng.choice(LOCALES)
    return locale, rng.choice(locale.first_names), rng.choice(locale.last_names)


def _make_jobs(rng: random.Random, count: int) -> list[SeedJob]:
    jobs: list[SeedJob] = []
    company_domains = ("acme-logistics.com", "nordlicht.de", "brightwave.io", "hospitalia.eu")
    for index in range(count):
        title, dept, summary = _JOB_TITLES[index % len(_JOB_TITLES)]
        ats = ATS_PROFILES[index % len(ATS_PROFILES)]
        location_spec = rng.choice(_LOCATIONS)
        location = _location_json(location_spec)
        city = (location or {}).get("city") or (location or {}).get("raw") or "Remote"
        domain = rng.choice(company_domains)
        team: list[dict[str, Any]] = []
        for role_set in (["RECRUITER"], ["HIRING_MANAGER"], ["RECRUITER", "HIRING_MANAGER"])[
            : rng.randint(1, 3)
        ]:
            _, first, last = _person(rng)
            team.append(
                {
                    "remote_id": str(rng.randint(100000, 999999)),
                    "email": f"{_SLUGS[first]}.{_SLUGS[last]}@{domain}",
                    "first_name": first,
                    "last_name": last,
                    "hiring_team_roles": role_set,
                }
            )
        remote_id = f"{ats.slug}-job-{rng.randint(1000, 99999)}"
        jobs.append(
            SeedJob(
                remote_id,
                ats,
                {
                    "remote_id": remote_id,
                    "name": title,
                    "job_code": f"{dept}-{rng.randint(100, 9999):04d}",
                    "description": _job_description(title, summary, str(city)),
                    "location": location,
                    "hiring_team": team,
                },
            )
        )
    return jobs


# --- orders ------------------------------------------------------------------------------


@dataclass
class SeedOrder:
    """One order; `status` changes when a result is written (under the store's lock)."""

    id: str
    package_id: str
    status: str
    created_ms: int  # creation time, milliseconds since the epoch (UTC)
    job: SeedJob
    candidate: dict[str, Any]
    application_remote_id: str | None

    @property
    def ats(self) -> AtsProfile:
        return self.job.ats

    @property
    def created_at(self) -> datetime:
        return datetime.fromtimestamp(self.created_ms / 1000, UTC)

    def to_json(self, *, with_status: bool = True) -> dict[str, Any]:
        item: dict[str, Any] = {"id": self.id, "package_id": self.package_id}
        if with_status:
            item["status"] = self.status
        item["candidate"] = self.candidate
        item["application"] = {"remote_id": self.application_remote_id}
        item["job"] = self.job.json
        return item


@dataclass(frozen=True)
class SeedData:
    packages: tuple[SeedPackage, ...]
    orders: list[SeedOrder]
    environment_id: str


def seed_data(count: int, seed: int, now: datetime | None = None) -> SeedData:
    """`count` orders (the first 120 cycle through the four statuses, 30 of each)."""
    rng = random.Random(seed)
    anchor = (now or datetime.now(UTC)).astimezone(UTC)
    anchor_ms = int(anchor.timestamp()) * 1000
    environment_id = random_id(rng)
    jobs = _make_jobs(rng, 36)
    package_ids = [p.id for p in PACKAGES]
    later_statuses = [s.value for s in STATUS_CYCLE]
    cum_weights = list(itertools.accumulate(_LATER_STATUS_WEIGHTS))
    history_ms = HISTORY_DAYS * 86_400_000
    roll_dice = rng.random  # bound once: this loop runs 10,000 times in some tests
    seen: set[str] = set()
    orders: list[SeedOrder] = []
    for index in range(count):
        order_id = random_id(rng)
        while order_id in seen:
            order_id = random_id(rng)
        seen.add(order_id)
        if index < 4 * 30:
            status = later_statuses[index % 4]
        else:
            status = rng.choices(later_statuses, cum_weights=cum_weights)[0]
        locale = LOCALES[int(roll_dice() * len(LOCALES))]
        first = locale.first_names[int(roll_dice() * len(locale.first_names))]
        last = locale.last_names[int(roll_dice() * len(locale.last_names))]
        domain = locale.email_domains[int(roll_dice() * len(locale.email_domains))]
        roll = roll_dice()
        numbers = _digits(rng, 16)
        candidate = {
            "remote_id": None if roll < 0.05 else f"cand-{numbers[:7]}",
            "email": f"{_SLUGS[first]}.{_SLUGS[last]}{numbers[7:9].lstrip('0')}@{domain}",
            "first_name": None if roll > 0.98 else first,
            "last_name": last,
            "phone": None if roll > 0.85 else _phone(rng, locale),
        }
        orders.append(
            SeedOrder(
                id=order_id,
                package_id=package_ids[int(roll_dice() * len(package_ids))],
                status=status,
                created_ms=anchor_ms - int(roll_dice() * history_ms),
                job=jobs[int(roll_dice() * len(jobs))],
                candidate=candidate,
                application_remote_id=None if roll < 0.03 else f"app-{numbers[9:16]}",
            )
        )
    return SeedData(PACKAGES, orders, environment_id)
