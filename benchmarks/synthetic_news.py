"""Synthetic news articles for benchmarks: deterministic, varied, plausible and invented.

``articles(n, seed=0)`` yields ``n`` article texts; ``write_corpus(folder, n, seed=0)``
writes them as ``00000.txt``, ``00001.txt``, ... Article ``i`` is made by
``random.Random(seed + i)`` alone, so the same ``n`` and ``seed`` always give the
same texts, and a corpus of 10,000 begins with the corpus of 1,000.

Each article is a headline and 6 to 14 body paragraphs of 300 to 900 words
(separated by white space), in one of four house styles:

* ``british``: single curly quotes (‘…’), ’ apostrophes, "Ms Marsh", £48m, per cent;
* ``ap``: straight double quotes and apostrophes, surnames alone, $48 million, 12%;
* ``curly``: curly double quotes (“…”), "Ms. Marsh", Title Case Headlines;
* ``wire``: a dateline ("LISBON (Tidewire) - "), straight quotes, surnames alone.

Stories come from sentence templates on seven subjects (housing, health,
transport, courts, environment, business, diplomacy) with slots for people
(first names of women and men; surnames with particles such as "van der", "al-"
and "O'"), honorifics and titles, organisations, places and nationalities. They
hold full, partial and split quotes, quotes over several paragraphs, reported
speech, quoted titles, and attributions such as "said Ms X", "X said",
"according to" and "a spokeswoman for the council said". The text is written in
reading order, so a person is named in full before "Ms X" or "she". People,
companies, campaigns and towns are invented; countries, capitals and a few public
bodies (the Environment Agency, the Crown Prosecution Service) are real.

Run ``python benchmarks/synthetic_news.py [N] [SEED]`` to print N articles.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

__all__ = ["STYLES", "TOPICS", "Style", "Topic", "article", "articles", "write_corpus"]

MIN_WORDS, MAX_WORDS = 300, 900
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 6, 14
WORDS_PER_SENTENCE = 14  # about what the templates give, to plan an article's length


# --- house styles -------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """How a publication writes: quote marks, titles, money, headlines."""

    name: str
    open: str  # opening quote mark
    close: str
    apostrophe: str
    headline_open: str  # quote marks of a headline
    headline_close: str
    dot: bool  # "Mr." rather than "Mr"
    courtesy: bool  # later references "Ms Marsh" rather than "Marsh"
    british: bool  # £, "per cent", British spelling, courts and ministries
    inside: bool  # a full stop or comma after a partial quote goes inside the closing mark
    colon: float  # chance that "X said" introduces a quote with a colon (else a comma)
    title_case: bool
    dateline: bool


STYLES = (
    Style(
        name="british",
        open="‘",
        close="’",
        apostrophe="’",
        headline_open="‘",
        headline_close="’",
        dot=False,
        courtesy=True,
        british=True,
        inside=False,
        colon=1.0,
        title_case=False,
        dateline=False,
    ),
    Style(
        name="ap",
        open='"',
        close='"',
        apostrophe="'",
        headline_open="'",
        headline_close="'",
        dot=True,
        courtesy=False,
        british=False,
        inside=True,
        colon=0.3,
        title_case=False,
        dateline=False,
    ),
    Style(
        name="curly",
        open="“",
        close="”",
        apostrophe="’",
        headline_open="‘",
        headline_close="’",
        dot=True,
        courtesy=True,
        british=False,
        inside=True,
        colon=0.5,
        title_case=True,
        dateline=False,
    ),
    Style(
        name="wire",
        open='"',
        close='"',
        apostrophe="'",
        headline_open="'",
        headline_close="'",
        dot=False,
        courtesy=False,
        british=False,
        inside=True,
        colon=0.4,
        title_case=False,
        dateline=True,
    ),
)

# American spellings for the styles that are not British (whole words only).
_AMERICAN = {
    "centre": "center",
    "kerb": "curb",
    "favour": "favor",
    "apologise": "apologize",
    "organised": "organized",
    "subsidised": "subsidized",
    "specialities": "specialties",
    "jewellery": "jewelry",
    "orthopaedics": "orthopedics",
    "gynaecology": "gynecology",
    "defence": "defense",
    "Councillor": "Council member",
    "councillor": "council member",
    "Councillors": "Council members",
    "councillors": "council members",
}
_AMERICAN_WORDS = re.compile(r"\b(" + "|".join(_AMERICAN) + r")\b")
_PLURAL_POSSESSIVE = re.compile(r"\b([A-Z][a-z]*s)'s\b")  # "Brightwater Utilities'"


# --- names and places (invented, except countries and capitals) ---------------------------

FEMALE = tuple(
    "Helen Amara Joan Priya Siobhan Mei Fatima Ingrid Rosa Chiara Nadia Grace Olufunmi "
    "Aisling Marta Yasmin Leila Beatriz Hannah Keiko Sunita Claire Ewa Thandiwe Rachel "
    "Lucia Margaret Zainab Freya Ana Noor Agnieszka Deborah".split()
)
MALE = tuple(
    "Gareth Tomasz Ravi Kwame Declan Hiroshi Omar Lars Mateo Callum Dmitri Samuel Ahmed "
    "Pieter Luca Femi Niall Jonas Arjun Rhys Marcus Kofi Stefan Daniel Tariq Wei Henrik "
    "Joseph Emeka Paul Yusuf Bartholomew Eamon".split()
)
SURNAMES = tuple(
    "Marsh Fairley Pryce Okonkwo Lindqvist Castellano Hargreaves Nakamura Brennan "
    "Achterberg Kowalczyk Delgado Ashworth Thorne Oyelaran Varga Penhallow Rasmussen "
    "Whitcombe Iyer Moreau Galloway Stanek Holloway Quayle Abernethy Szabo Tremlett Mensah "
    "Kerrigan Devereux Lundgren Caruso Haddad Obi Fenwick Rourke Sato Petrov Ellery "
    "Brightman Osei Castell Mwangi Nováková Ferreira Calloway Drummond Yilmaz Halvorsen".split()
)
PARTICLE_SURNAMES = (
    "van der Hoek", "van den Broek", "de la Fuente", "de Souza", "al-Rashid",
    "al-Masri", "al-Amin", "O'Connell", "O'Driscoll", "O'Hara", "di Stefano",
    "von Ahlen", "ter Horst", "da Silva",
)  # fmt: skip
TOWNS = (
    "Severnvale", "Larkport", "Kingsmead", "Millhaven", "Ashby Cross", "Calder Bay",
    "Westmere", "Thornbury Vale", "Redmarsh", "Eastwick", "Pellingham", "Harrowby",
)  # fmt: skip
# (country, nationality, capital)
COUNTRIES = (
    ("Portugal", "Portuguese", "Lisbon"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("the Philippines", "Filipino", "Manila"),
    ("Colombia", "Colombian", "Bogotá"),
    ("Poland", "Polish", "Warsaw"),
    ("Brazil", "Brazilian", "Brasília"),
    ("Belgium", "Belgian", "Brussels"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Ghana", "Ghanaian", "Accra"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Canada", "Canadian", "Ottawa"),
    ("Norway", "Norwegian", "Oslo"),
    ("Japan", "Japanese", "Tokyo"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Chile", "Chilean", "Santiago"),
    ("Ireland", "Irish", "Dublin"),
    ("Turkey", "Turkish", "Ankara"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Morocco", "Moroccan", "Rabat"),
    ("Sweden", "Swedish", "Stockholm"),
)
AGENCIES = ("Tidewire", "Meridian", "Global Press", "NPA")
UNIVERSITIES = (
    "Merritt State University", "the University of Kingsmead",
    "the Calder Institute of Technology", "Ashworth College", "the University of Redmarsh",
)  # fmt: skip
OUTLETS = ("the Courier", "the Evening Gazette", "the Herald", "the Chronicle", "the Sentinel")
DAYS = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS = tuple(
    "January February March April May June July August September October November December".split()
)


class Role(NamedTuple):
    """How a person is introduced: an appositive, a title before the name, or both."""

    appositive: str
    prefix: str = ""
    only: str = ""  # "uk": British style only; "intl": every other style only
    says: str = ""  # the subject's section of lines they speak (else "pro" or "con")


EXPERTS = (
    Role("a professor of public policy at {university}", "Prof"),
    Role("a senior lecturer in economics at {university}", "Dr"),
    Role("an analyst at Harcourt Securities"),
    Role("director of the Westbridge Institute, a think tank"),
    Role("who has studied the subject for two decades at {university}", "Dr"),
)
EXPERT_LINES = (
    "The figures tell a very clear story.",
    "What we're seeing is the result of decisions taken over many years.",
    "It's too early to say whether this will work, but the early signs are encouraging.",
    "There's no evidence that the problem will simply fix itself.",
    "Other places have tried this, with mixed results.",
    "The real test will come over the next twelve months.",
    "People tend to underestimate how long these changes take.",
    "Nobody should be surprised; the warning signs have been there for a long time.",
    "Look at the numbers closely and the picture is more complicated than either side admits.",
    "Everyone agrees on the problem; nobody agrees on who should pay to fix it.",
)
SPLITS = (
    ("This is not the end of it", "and we'll keep making the case for as long as it takes."),
    ("We have listened", "but listening is not the same as agreeing."),
    ("The decision was always going to be controversial", "whatever we did."),
    ("I understand why people are angry", "and I'd be angry too in their position."),
    ("Nobody should be surprised by this", "because the warning signs were there for years."),
    ("We want to get this right", "not just get it done quickly."),
    ("There will be difficult months ahead", "but I'm confident we'll come through them."),
    ("I've been doing this job for a long time", "and I've never seen anything quite like it."),
    ("If we'd acted sooner", "we wouldn't be having this conversation."),
)  # fmt: skip
FILLER = (
    "The figures were first reported by {outlet}.",
    "The issue has been debated at several public meetings since {month}.",
    "Officials have promised to publish more detailed figures later this year.",
    "Dozens of readers wrote to {outlet} about the issue last week.",
    "A public meeting on the subject is planned for {day} evening.",
    "The same question has been raised in other parts of the region in recent years.",
    "An independent review is expected to report in {month}.",
    "Those figures have not been independently verified.",
    "Local businesses have been divided on the issue.",
    "The matter is due to be raised again at a meeting in {month}.",
    "Similar cases elsewhere have taken years to resolve.",
    "The last time the question came up, in {year_past}, it was quietly dropped.",
    "A petition on the subject has gathered more than {n_big} signatures.",
    "Campaigners say they will keep up the pressure over the coming months.",
    "Opinion in {Town} remains sharply divided.",
    "The row has dominated the letters pages of {outlet} for weeks.",
)


# --- subjects -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Topic:
    """A kind of story: its slots, its sentences and the people in it."""

    name: str
    slots: dict[str, tuple[str, ...]]
    headlines: tuple[str, ...]
    ledes: tuple[str, ...]
    facts: tuple[str, ...]
    lines: dict[str, tuple[str, ...]]  # what people say: "pro" (officials), "con", ...
    partials: tuple[tuple[str, str, str], ...]  # (thing, "what it was called", side)
    clauses: tuple[tuple[str, str], ...]  # reported speech, "X said <clause>", and side
    officials: tuple[Role, ...]
    critics: tuple[Role, ...]
    spokes: tuple[tuple[str, str], ...]  # (organisation, "pro" or "con")
    vox: tuple[str, ...]  # what an ordinary person does: "who ..."
    closers: tuple[str, ...]
    extras: dict[str, tuple[Role, ...]] = field(default_factory=dict)  # more people


def _parts(item: str, count: int) -> tuple[str, ...]:
    parts = tuple(part.strip() for part in item.split("|"))
    if len(parts) != count:
        raise ValueError(f"{item!r}: {count} parts separated by '|' expected")
    return parts


_PLAIN_SECTIONS = ("headlines", "ledes", "facts", "vox", "closers")
_ROLE_SECTIONS = ("officials", "critics", "spokes", "partials", "clauses")


def _topics(text: str) -> tuple[Topic, ...]:
    """Read the subjects written below: "=== name", slot lines, then "[section]" lists.

    One item a line; a line indented by four spaces continues the item above; the
    parts of a role, a spokesperson or a slot are separated by "|". Any other section
    holds lines someone says: "pro" and "con" for officials and critics, and those a
    role names (its fourth part) or a spokesperson's side.
    """
    topics = []
    for chunk in text.split("=== ")[1:]:
        name, _, rest = chunk.partition("\n")
        lines: list[str] = []
        for line in rest.splitlines():
            if line.startswith("    "):
                lines[-1] += " " + line.strip()
            elif line.strip():
                lines.append(line.strip())
        slots: dict[str, tuple[str, ...]] = {}
        sections: dict[str, list[str]] = {}
        current = None
        for line in lines:
            if line.startswith("["):
                current = line.strip("[]")
                sections[current] = []
            elif current is None:
                key, _, values = line.partition(" = ")
                slots[key] = tuple(v.strip() for v in values.split("|"))
            else:
                sections[current].append(line)

        def roles(items: list[str]) -> tuple[Role, ...]:
            return tuple(Role(*(part.strip() for part in item.split("|"))) for item in items)

        topics.append(
            Topic(
                name=name.strip(),
                slots=slots,
                **{key: tuple(sections.pop(key)) for key in _PLAIN_SECTIONS},
                officials=roles(sections["officials"]),
                critics=roles(sections["critics"]),
                spokes=tuple(_parts(item, 2) for item in sections["spokes"]),  # type: ignore[misc]
                partials=tuple(_parts(item, 3) for item in sections["partials"]),  # type: ignore[misc]
                clauses=tuple(_parts(item, 2) for item in sections["clauses"]),  # type: ignore[misc]
                extras={
                    key.split()[1]: roles(items)
                    for key, items in sections.items()
                    if key.startswith("extras ")
                },
                lines={
                    key: tuple(items)
                    for key, items in sections.items()
                    if not key.startswith("extras ") and key not in _ROLE_SECTIONS
                },
            )
        )
    for topic in topics:
        if len(topic.headlines) != len(topic.ledes):
            raise ValueError(f"{topic.name}: each lede needs its headline, in the same order")
    return tuple(topics)


# Slots: {Town}, {country}, {nationality}, {capital} (and ...2 for a second country),
# {count}, {money} (one figure an article), {amount}, {money_small}, {pct}, {n_small},
# {n_big}, {day}, {month}, {months}, {years}, {year_past}, {year_future}, {outlet},
# {university}, each subject's own; {@def} names the person kept under "extras def" and
# {@def.she} is "she" or "he" once that person has just been named. «…» are quote marks.
# "uk:" before a choice keeps it to British copy, "intl:" to the other styles.
TOPICS = _topics(
    """
=== housing
council = uk:{Town} Borough Council | {Town} City Council | uk:{Town} District Council
developer = Northgate Homes | Castleford Living | Ember & Vale Developments | Larchmont Estates
site = the former {Town} gasworks | Hollins Farm | land off Quarry Lane | the old Marlow Road
    depot
group = Save {Town} Green Spaces | {Town} Housing Action | the Quarry Lane Residents'
    Association
[headlines]
{Town} council approves {count} homes despite protests
Plans for {count} homes on {site} get green light after five-hour meeting
Council backs «vital» housing scheme despite petition
[ledes]
Councillors in {Town} have approved plans for {count} new homes on {site}, overriding objections
    from residents who say local roads and schools cannot cope.
A scheme to build {count} homes on {site} was given the go-ahead on {day} night after a planning
    meeting that ran for more than five hours.
Plans for one of the largest housing developments in {Town} for a generation were approved on
    {day}, despite a petition signed by more than {n_big} people.
[facts]
The scheme, drawn up by {developer}, includes {pct} affordable housing, a primary school and a
    health centre.
More than {n_small} objections were lodged during the consultation, the most the council has
    received for a single application.
The site has been earmarked for housing since {year_past}, when it was removed from the green
    belt.
Work is expected to begin in {month}, with the first residents moving in by {year_future}.
The council's own figures show that {n_big} households are on the waiting list for social
    housing.
Average rents in {Town} have risen by {pct} in the past two years, well above the regional
    average.
The planning committee voted seven to four in favour, with two members abstaining.
{developer} has agreed to pay {amount} towards new roads, bus services and school places as part
    of the deal.
A report by planning officers, «Homes for {Town}», recommended approval last month.
Opponents have until {month} to ask for the decision to be reviewed.
The land is owned by a family trust that has farmed it for four generations.
Traffic surveys carried out for the developer found the main junction was already close to
    capacity at peak times.
The nearest primary school has been full for three years, and the council says a new one would
    open before the first homes are occupied.
About {n_small} people attended a protest outside the town hall before the meeting.
It is the third time in {years} years that a scheme for the site has come before councillors.
The homes will range from one-bedroom flats to five-bedroom houses.
[pro]
We have a duty to build the homes this town needs.
Young people who grew up here can't afford to stay, and that has to change.
This is a good scheme, and it's been improved at every stage by listening to residents.
Nobody pretends the decision was easy.
We've secured more affordable homes on this site than on any development in the past decade.
The alternative was to let a developer win on appeal and get far less in return.
I understand people's worries about traffic, and we'll be watching that closely.
These will be homes for nurses, teachers and bus drivers, the people who keep this place
    running.
[con]
Nobody is against new homes, but this is the wrong site.
The roads are already gridlocked at rush hour, and the surgery can't take any more patients.
We feel completely ignored by the council.
They held a consultation and then did exactly what they'd planned to do all along.
Once this field is gone, it's gone for ever.
We'll be looking very carefully at whether the decision can be challenged in court.
Where are all the children going to go to school?
I've lived here for forty years and I've never seen the town so angry.
[partials]
the decision | a once-in-a-generation opportunity | pro
the scheme | a good day for {Town} | pro
the vote | long overdue | pro
the decision | a betrayal of local families | con
the scheme | the wrong scheme in the wrong place | con
the consultation | a sham | con
the process | rushed through | con
[clauses]
the council had listened carefully to residents | pro
the scheme would bring much-needed investment to the area | pro
the homes would be built to the highest environmental standards | pro
the council could not afford to lose another appeal | pro
the development would double the traffic on the main road | con
residents had not been given enough time to respond | con
the new school would not be ready in time | con
the green belt was being sacrificed for profit | con
[officials]
the council's cabinet member for housing | Councillor
the leader of {council} | Councillor
{developer}'s planning director
chief executive of {developer}
[critics]
who chairs the local residents' association
an opposition councillor
who organised the petition
a founder of {group}
[spokes]
{council} | pro
the council | pro
{developer} | pro
{group} | con
[vox]
has lived on Quarry Lane for {years} years
runs a café near the site
walks a dog on the fields every morning
has been on the housing waiting list since {year_past}
[closers]
The decision may now be referred to the government, which can call it in for a public inquiry.
{developer} said it hoped to submit detailed designs by {month}.
The council's cabinet will discuss the scheme again in {month}.
=== health
trust = uk:{Town} NHS Foundation Trust | {Town} General Hospital | the {Town} Regional Health
    Board | St Anselm's University Hospital
union = the Allied Nurses' Union | the Union of Health Workers
charity = Patients First | the Carers' Alliance | HealthWatch {Town}
[headlines]
Hospital waiting list in {Town} hits record high
Nurses warn of «unsafe» staffing at {trust}
Patients wait a year or more as {Town} hospitals struggle
[ledes]
More than {n_big} patients are now waiting for planned treatment at {trust}, the highest figure
    since records began, according to data published on {day}.
Nurses at {trust} have warned that wards are being left dangerously short-staffed, after a
    survey found {pct} of shifts were not fully covered last month.
Hundreds of patients in {Town} waited more than a year for operations last year, figures
    obtained by {outlet} show.
[facts]
About {count} of those patients have waited more than a year, the board heard, with orthopaedics
    and gynaecology among the worst-affected specialities.
The hospital spent {amount} on agency staff last year, almost double the figure for {year_past}.
Emergency department waits have also lengthened, with {pct} of patients seen within four hours
    in {month}.
The board approved plans to open a surgical hub at Kingsmead Community Hospital by the end of
    next year.
A report by inspectors, «Safe Staffing at {Town}», found that some wards relied on a single
    qualified nurse at night.
{trust} employs about {n_big} staff across four sites.
Health officials said a cold winter and a wave of flu cases had added to the pressure.
On some days last month, {n_small} beds were taken by patients who were well enough to leave but
    had nowhere to go.
The longest wait recorded was {months} months, for a knee operation.
Hospital managers have cancelled {n_small} operations in the past month because no beds were
    free.
The hospital has {n_small} vacancies for nurses and a further eighty for doctors.
Ambulances queued outside the emergency department for more than six hours on one night in
    {month}.
A new diagnostic centre is due to open in {year_future}, two years later than first promised.
The hospital treated about {n_big} patients in its emergency department last year.
Patient groups say the true waiting list is longer, because many people have not yet been
    referred.
[pro]
We have patients who have been in pain for more than a year, and I'm not going to pretend
    otherwise.
Our staff are working extraordinarily hard, but we simply don't have enough theatre capacity to
    catch up on our own.
No one should have to wait this long for treatment.
We're recruiting more nurses than at any time in the hospital's history.
The new hub will let us treat hundreds more patients every month.
I want to apologise to every patient who has waited longer than they should.
There's no quick fix, but the plan we've agreed will make a real difference by the spring.
[con]
Staff are exhausted, and some are leaving the profession altogether.
It's simply not safe to have one nurse looking after fourteen patients at night.
Patients are being let down, and the people responsible need to be honest about it.
We've been warning about this for years, and nobody listened.
My mother waited nine hours on a trolley in a corridor.
Every week we hear from people who've been told to wait another six months.
This isn't about money alone; it's about how the hospital is run.
[partials]
the figures | deeply disappointing but not surprising | pro
the new hub | a real step forward | pro
the plan | the right thing to do | pro
the situation | a crisis in slow motion | con
the staffing on the wards | unacceptable | con
the service | at breaking point | con
this winter | the worst I can remember | con
[clauses]
extra funding had already been made available | pro
the hospital was on track to meet its targets by the spring | pro
the number of nurses had risen every year since {year_past} | pro
patients in the most urgent need were always seen first | pro
the figures were the result of years of underinvestment | con
staff morale had never been lower | con
agency nurses were costing the hospital far more than permanent staff | con
patients were being discharged before they were ready | con
[officials]
the hospital's chief medical officer | Dr
chief executive of {trust}
| Health Secretary | uk
| Health Commissioner | intl
the hospital's director of nursing
[critics]
a senior nurse at the hospital
regional organiser for {union}
who chairs {charity}
[spokes]
{trust} | pro
the hospital | pro
uk:the Department of Health | pro
{union} | con
[vox]
has been waiting {months} months for a hip replacement
cares for a husband with dementia
was treated in a corridor in {month}
[closers]
The hospital's board will meet again in {month} to review progress.
{trust} said it would publish a recovery plan within weeks.
The figures will be discussed by the council's health scrutiny committee on {day}.
=== transport
operator = Harbourline Rail | Metrolink {Town} | the {Town} Transit Authority | Crossway Buses
union = the Allied Transport Workers' Union | the Drivers' and Guards' Union
campaign = Citizens for Fair Fares | the Open Roads Campaign | Better Buses {Town}
street = Harmon Avenue | Station Road | Castle Street | Marlowe Way
[headlines]
{Town} approves {money} rapid bus line
{operator} fares to rise as energy costs bite
Rail strike to halt trains across {Town}
[ledes]
Councillors in {Town} voted on {day} night to approve a {money} rapid bus line along {street},
    ending nearly two years of debate over how to link the city centre with its fast-growing
    suburbs.
Passengers on {operator} services will pay up to {pct} more from {month}, the operator announced
    on {day}, blaming rising energy and staff costs.
Train drivers at {operator} will walk out on {day} in a dispute over pay and working hours,
    bringing services across {Town} to a standstill.
[facts]
The plan calls for dedicated bus lanes, {n_small} new stops and buses every eight minutes during
    rush hours.
Planners estimate the line will carry about {n_big} passengers a day within three years.
{operator} said the rise was needed to cover a {amount} shortfall in its budget.
Members of {union} voted by {pct} in favour of strike action.
Construction is scheduled to begin in {month}, with services expected to start in {year_future}.
The last fare increase, in {year_past}, was followed by a sharp fall in passenger numbers.
A consultation paper, «Moving {Town} Forward», set out three possible routes last year.
Replacement buses will run on some routes, but passengers have been told to expect long queues.
Season tickets will go up by as much as {money_small} a year.
The new buses will be electric, charged overnight at a depot on the edge of {Town}.
Passenger numbers are still about {pct} below where they were five years ago.
Drivers at the operator earn an average of {money_small} a month before overtime.
The line would be the first of its kind in the region.
Business owners on {street} say they were not consulted about the loss of parking.
Trains on the busiest routes were cancelled on {n_small} days last year because of staff
    shortages.
[pro]
This is the biggest thing we've done for working people in this city in a generation.
It's not a silver bullet, but it's a start.
Nobody likes putting fares up, but the alternative was cutting services.
Cities that have built lines like this one usually see ridership beat the forecasts within five
    years.
The riders are already here; they're just spending too long waiting at the kerb.
We've kept the price of a child's ticket frozen for a third year.
We remain open to talks at any time, and we'd urge the union to call off the strike.
[union]
Our members haven't had a real pay rise in four years.
Nobody wants to strike, but the company has left us no choice.
We've offered to talk at any time, but management won't move an inch.
[con]
Passengers are being asked to pay more for a service that's getting worse.
Shops on the avenue will lose their parking, and some of them won't survive.
The buses are late, dirty and overcrowded, and now they want more money.
I already spend a fifth of my wages getting to work.
They're spending millions on a bus lane while the trains don't run on time.
We were promised a better service, and we're still waiting.
[partials]
the plan | long overdue | pro
the offer | a fair deal for passengers | pro
the line | a game changer for the city | pro
the fare rise | a slap in the face for commuters | con
the plan | the wrong priority | con
the offer | an insult | con
the new fares | completely unaffordable | con
[clauses]
the line would cut journey times by a third | pro
the company had made a fair offer | pro
fares would still be lower than in most other cities | pro
the strike would do lasting damage to the railway | pro
talks had broken down on {day} | con
the new lanes would choke off trade on {street} | con
passenger numbers had not yet recovered from the pandemic | con
management had refused to discuss working hours | con
[officials]
| Council President | intl
chief executive of {operator}
the council's transport lead | Councillor
| Transport Minister
[critics]
general secretary of {union} | | | union
who founded {campaign}
who runs a hardware shop on {street}
[spokes]
{operator} | pro
the operator | pro
{union} | union
{campaign} | con
[vox]
commutes into the city every day
works night shifts at the hospital
runs a bakery on {street}
[closers]
{operator} said talks with {union} would resume on {day}.
A final decision on the route is expected in {month}.
Passengers are advised to check before they travel.
=== courts
court = uk:{Town} Crown Court | intl:the {Town} District Court | intl:{Town} Superior Court
firm = Altamira Care | Greyfriars Lettings | Pellham Building Services | Brightstone Care Homes
police = {Town} Police | the regional fraud squad
[headlines]
Care home boss jailed for {money} fraud
Businessman found guilty of using company money for holidays and sports car
Families hail «justice at last» as {Town} care home owner jailed
[ledes]
A former director of {firm} has been jailed for six years for stealing {money} from the company
    and its residents, {court} heard on {day}.
A businessman who used company money to pay for holidays and a sports car was found guilty of
    fraud after a three-week trial at {court}.
One of {Town}'s best-known care home owners was jailed on {day} for a fraud that left dozens of
    elderly residents without the care their families had paid for.
[facts]
{@def} had denied fourteen counts of fraud and false accounting.
The court heard that the money was moved through {n_small} separate transactions over four
    years.
Prosecutors said {@def.she} spent the money on holidays, jewellery and a house in Spain.
An investigation by {police} began in {year_past} after an auditor noticed gaps in the accounts.
{@def} was also banned from being a company director for ten years.
Several relatives of residents sat in the public gallery as the sentence was passed.
A hearing to recover the money will take place in {month}.
The jury took less than four hours to reach its verdict.
{firm} went into administration in {year_past}, owing {amount} to its creditors.
The court was told that staff at the homes had complained for months about a lack of food and
    heating.
Detectives examined more than {n_big} bank transactions during the investigation.
Some of the money was traced to accounts in two other countries.
{@def} showed no emotion as the sentence was read out.
Character references from former colleagues were read to the court.
The company ran {n_small} beds across three homes at its peak.
[pro]
Today's sentence sends a clear message that this kind of crime will be punished.
We'd like to thank the families for their patience and courage throughout the investigation.
The evidence was overwhelming, and the jury saw it for what it was.
This was a long and complex investigation, and it isn't over yet.
Anyone with information about the company's other dealings should contact us.
[judge]
You abused the trust of some of the most vulnerable people in this town.
This was a calculated and sustained fraud, carried out for your own gain.
The people you stole from had no way of protecting themselves.
I accept that you have shown some remorse, but it came very late.
[defence]
My client accepts the verdict and wishes to apologise to the families.
My client has lost everything, including a business built up over twenty years.
We will be studying the judgment carefully before deciding whether to appeal.
[con]
Nothing will give us back the years we lost worrying about Mum's care.
We trusted that company with everything, and it lied to us.
Six years doesn't feel like enough for what was done to those people.
We'll never know how much of the money was really spent on care.
Mum deserved so much better than this.
[partials]
the fraud | calculated and sustained | pro
the offending | a gross breach of trust | pro
the verdict | the right outcome | pro
the sentence | justice at last | con
the fraud | utterly heartless | con
the company's conduct | a cynical fraud | con
[clauses]
the defendant had shown no genuine remorse | pro
the company's accounts had been deliberately falsified | pro
the fraud had gone undetected for almost four years | pro
more charges could follow | pro
part of the money had already been repaid | con
the families had been left with nothing | con
nobody had checked the company's accounts for years | con
residents had gone without heating while the money was spent | con
[officials]
| Judge | | judge
prosecuting |  | uk
the prosecutor |  | intl
the detective who led the investigation | Detective Inspector
[critics]
defending |  | uk | defence
the defense lawyer |  | intl | defence
whose mother lived at one of the homes
whose father spent his last years at one of the company's homes
[spokes]
{police} | pro
uk:the Crown Prosecution Service | pro
intl:the district attorney's office | pro
[vox]
visited a parent at one of the homes every week
used to work as a carer for the company
[closers]
{@def} will serve half of the sentence in prison before being released on licence.
{police} said its investigation into the company's other directors was continuing.
{@def} has 28 days to appeal.
[extras def]
the former finance director of {firm}
who ran {firm} from {year_past}
{firm}'s founder
=== environment
river = the River Calder | the River Wendle | Lake Ardeen | the Marrow estuary
utility = Brightwater Utilities | Calder Water | Northshore Water
agency = uk:the Environment Agency | the Office for Water Standards | intl:the regional
    environmental protection agency
campaign = Clean Rivers Now | the {Town} Anglers' Association | Surfers for Clean Seas
[headlines]
Sewage spills into {river} doubled last year
Hosepipe ban for {Town} as reservoirs run low
{utility} fined {money} for polluting {river}
Anglers report mass fish deaths on {river}
[ledes]
{utility} discharged raw sewage into {river} on {count} occasions last year, more than double
    the year before, according to figures released on {day}.
About {n_big} households in and around {Town} will be banned from using hosepipes from {day},
    after the driest spring in decades left reservoirs at {pct} of capacity.
{utility} has been fined {money} for repeatedly polluting {river}, in one of the largest
    penalties of its kind.
Hundreds of dead fish have been found along {river}, prompting calls for an urgent
    investigation into pollution from {utility}'s treatment works.
[facts]
Monitors recorded spills lasting a total of {count} hours, the equivalent of several weeks
    without a break.
Anglers reported finding hundreds of dead fish along a three-mile stretch of the river in
    {month}.
The company made profits of {amount} last year and paid its shareholders a dividend.
{utility} says it will spend {amount} upgrading treatment works over the next five years.
Reservoir levels usually stand at about {pct} at this time of year.
Customers who break the ban could face a fine of up to {money_small}.
A study by researchers at {university}, «The State of Our Rivers», found high levels of bacteria
    at every site tested.
Swimming in the river has been advised against since {year_past}.
The company's own monitors failed to record spills on more than {n_small} occasions.
Water bills in the region are due to rise by {pct} next year.
Parts of the river are designated bathing waters, used by hundreds of swimmers in the summer.
The treatment works at the centre of the case was built in the 1960s.
More than {n_big} people signed a petition calling for the company to be taken into public
    ownership.
Volunteers have been testing the water every week since {year_past}.
[pro]
We know we need to do better, and we're investing record sums to put things right.
Storm overflows are there to protect homes from flooding.
We're asking customers to use water wisely so that we can protect supplies for the rest of the
    summer.
Leakage is at its lowest level since the company was formed.
Nobody wants to see a ban, but the reservoirs simply aren't refilling.
We accept the court's decision and apologise to everyone affected.
Every overflow is now monitored, and we publish the figures for anyone to see.
We've already replaced more than a hundred miles of old pipes.
[con]
People swim here, children paddle here, and it's full of sewage.
The fine is a drop in the ocean compared with what they pay shareholders.
This river was teeming with life twenty years ago.
They've known about the problem for years and done almost nothing.
It's not drought that's emptying the reservoirs, it's leaking pipes.
We want to see the bosses held personally responsible.
My grandchildren can't paddle in the river their grandparents swam in.
Every summer they promise it'll be the last, and every summer it gets worse.
The regulator has been asleep at the wheel for a decade.
[partials]
the fine | a turning point | pro
the investment | the largest in the company's history | pro
the ban | a sensible precaution | pro
the spills | an environmental disgrace | con
the fine | a drop in the ocean | con
the company's record | wholly unacceptable | con
the pollution | the worst I've seen | con
[clauses]
heavy rain had overwhelmed the system | pro
the ban was likely to last until the autumn | pro
the company was spending more than ever on its pipes | pro
customers had responded well to calls to save water | pro
the company had broken the terms of its permits repeatedly | con
fish stocks in the river had collapsed | con
the company had been warned about the works as long ago as {year_past} | con
the regulator had failed to act | con
[officials]
chief executive of {utility}
{utility}'s director of operations
| Environment Minister
[critics]
who chairs {campaign}
a local councillor
who swims in the river every week
[spokes]
{utility} | pro
the company | pro
{agency} | pro
{campaign} | con
[vox]
has fished the river since childhood
runs a campsite on the riverbank
swims in {river} most mornings
[closers]
{agency} said it would continue to monitor the river closely.
{utility} has 28 days to appeal against the fine.
The ban will be reviewed at the end of {month}.
=== business
company = Pellham Steel | Kestrel Energy | Altamira Foods | Corvid Logistics | Lumen
    Pharmaceuticals | Greyfriars Bank
rival = Tessaro Group | Blackfen Holdings | Marigold Industries
union = the Federation of Metal Workers | the General Workers' Union
[headlines]
{company} to cut {count} jobs at {Town} plant
{company} profits rise as higher prices offset falling sales
{rival} agrees {money} takeover of {company}
Workers fear for future as {company} closes {Town} site
[ledes]
{company} is to cut {count} jobs at its plant in {Town}, blaming high energy costs and falling
    demand from its biggest customers.
{company} reported a {pct} rise in annual profits on {day}, as higher prices more than made up
    for a fall in sales.
{rival} has agreed to buy {company} for {money}, creating one of the biggest firms of its kind
    in {country}.
{company} will close its {Town} site by the end of the year, putting {count} jobs at risk in a
    town that has depended on it for generations.
[facts]
The company employs about {n_big} people worldwide, including {count} in {Town}.
Shares in {company} rose {pct} in early trading.
{rival}, which is {nationality}, said it would keep the company's headquarters in {Town} for at
    least five years.
Analysts had expected profits of about {amount}.
The site opened in {year_past} and once employed more than twice as many people.
A report to investors, «Building for the Next Decade», set out plans to close two smaller sites.
The deal still needs the approval of competition regulators in {country}.
Redundancy talks with {union} are due to begin in {month}.
The chief executive's pay rose by {pct} last year.
The plant supplies parts to car makers in {country} and {country2}.
Electricity accounts for almost a third of the company's costs.
Sales fell by {pct} in the second half of the year.
The company has received {amount} in government support over the past decade.
Suppliers in the area employ about {count} more people who depend on the plant.
The company's last big round of job cuts was in {year_past}.
[pro]
These are difficult decisions, and we haven't taken them lightly.
Energy costs have tripled, and we simply can't compete on those terms.
We'll support every colleague affected, with retraining and help to find new jobs.
This has been a strong year, and I'm proud of what the team has delivered.
Together we'll be bigger, stronger and better able to invest.
Our customers are at the heart of everything we do.
The business is in far better shape than it was two years ago.
We're committed to {Town}, and that hasn't changed.
[con]
This is devastating news for the workers and their families.
The company has made healthy profits for years, and now it's the workers who pay.
A whole town has been built around that plant.
We'll fight for every single job.
Nobody in management has been honest with us about what's coming.
Higher prices for customers, bigger bonuses for bosses: it's the same old story.
My father worked there, and so did his father.
People have mortgages to pay and children to feed.
[partials]
the results | a strong set of results | pro
the deal | a vote of confidence in {Town} | pro
the takeover | a natural fit | pro
the announcement | a hammer blow | con
the cuts | devastating | con
the decision | short-sighted | con
the takeover | a sell-off | con
[clauses]
the cuts were needed to secure the company's future | pro
demand had fallen sharply since the spring | pro
no compulsory redundancies were planned for this year | pro
the takeover would make the company more competitive | pro
the workforce had been kept in the dark | con
the takeover would lead to further job losses | con
the company had been paying out record dividends | con
the government should have stepped in sooner | con
[officials]
chief executive of {company}
{company}'s chief financial officer
chair of {rival}
[critics]
regional secretary of {union}
who has worked at the plant for {years} years
the area's member of parliament |  | uk
the town's mayor |  | intl
[spokes]
{company} | pro
the company | pro
{rival} | pro
{union} | con
[vox]
has worked on the production line for {years} years
runs a sandwich shop opposite the factory gates
[closers]
Shares closed {pct} higher.
{company} will publish its half-year results in {month}.
The company said no decision had been taken on its other sites.
=== diplomacy
forum = the Northern Trade Forum | the Coastal States Council | the Atlantic Cooperation Group
[headlines]
{country} and {country2} sign trade deal after years of talks
{country} recalls ambassador to {country2} in row over fishing rights
Pipeline talks between {country} and {country2} collapse
[ledes]
{country} and {country2} signed a trade agreement on {day} that will remove tariffs on most
    goods, ending nearly a decade of on-off negotiations.
{country} has recalled its ambassador to {country2} in an escalating dispute over fishing
    rights, the {nationality} foreign ministry said on {day}.
Talks between {country} and {country2} on a new energy pipeline broke down on {day}, officials
    on both sides said.
[facts]
Trade between the two countries was worth about {amount} last year.
The agreement must still be approved by the {nationality} parliament.
{nationality2} officials said the talks had been held in a constructive atmosphere.
Fishing boats from both countries have clashed repeatedly in the disputed waters since
    {year_past}.
Several hundred {nationality2} farmers protested outside the venue, warning that cheap imports
    would drive them out of business.
The {nationality} foreign ministry summoned the {nationality2} ambassador for the second time
    this year.
The deal, known as «the {capital} Accord», runs to more than {n_small} pages.
Diplomats said a further round of talks could take place in {capital} in {month}.
Both countries are members of {forum}, which has offered to mediate.
The two countries fought a brief border war in the 1990s.
{nationality2} exports to {country} have doubled in the past decade.
The dispute centres on waters thought to hold large reserves of gas.
Both governments face elections within the next eighteen months.
The {nationality} delegation left the talks early on {day} without speaking to reporters.
About {n_big} {nationality} citizens live and work in {country2}.
[pro]
This is a historic day for both our peoples.
We've shown that patient diplomacy still works.
The agreement will create thousands of jobs on both sides.
Our door remains open, and we're ready to return to the table at any time.
We will always defend the interests of our fishermen.
No country can face these challenges alone.
Both sides had to give ground, and both sides did.
We have been patient, but our patience is not unlimited.
Trade is the best guarantee of peace between neighbours.
[con]
This deal was negotiated behind closed doors, and ordinary people will pay the price.
Our farmers simply can't compete with subsidised imports.
We've heard fine words before, and nothing changed.
The government has given away far too much.
There's a real risk that this dispute spirals out of control.
Nobody has explained what happens to the jobs we lose.
The small producers were never in the room.
A deal that nobody can read is not a deal anybody should sign.
[partials]
the agreement | a historic breakthrough | pro
the talks | a new chapter | pro
the deal | good for both countries | pro
the agreement | a sell-out | con
the decision | deeply regrettable | con
the move | an unacceptable provocation | con
[clauses]
the talks had been productive | pro
the deal would be ratified by the end of the year | pro
both sides had agreed to keep talking | pro
the agreement protected jobs in both countries | pro
{country2} had broken earlier promises | con
farmers had not been consulted | con
the deal gave away too much | con
the government had been outmanoeuvred | con
[officials]
| Foreign Minister
{country}'s trade minister
| Prime Minister
the {nationality} ambassador to {country2}
[critics]
leader of the opposition in {country}
president of the {nationality2} Farmers' Federation
a senior fellow at the Westbridge Institute
[spokes]
the {nationality} foreign ministry | pro
the {nationality2} government | con
{forum} | pro
[vox]
has fished these waters for {years} years
exports coffee to {country2}
[closers]
Neither government gave a date for the next round of talks.
The agreement is expected to come into force in {month}.
{country2}'s foreign ministry did not respond to a request for comment.
"""
)


# --- one article ----------------------------------------------------------------------------


@dataclass
class _Person:
    first: str
    last: str
    female: bool
    honorific: str  # for later references: Mr, Ms, Mrs, Dr, Prof, Judge
    says: str  # the section of lines they speak
    side: str  # "pro", "con" or "any": what they argue
    intro: str  # the first reference, before a verb: "Joan Fairley, 71, a nurse,"
    intro_end: str  # the first reference, before a full stop: "Joan Fairley, 71, a nurse"
    mentioned: bool = False


@dataclass
class _Item:
    """A paragraph to write (or, for a long quote, several)."""

    kind: str
    key: str = ""  # who speaks: "pro", "con", "exp"
    sentences: int = 1
    parts: int = 1  # paragraphs it spans


_SLOT = re.compile(r"\{([@\w.:]+)\}")
_HONORIFICS_WITH_DOT = frozenset({"Mr", "Ms", "Mrs", "Dr", "Prof"})
_SMALL_WORDS = frozenset("a an the of in on at to for and but or as by with from into".split())
_SENTENCE_END = (".", "!", "?", "«")
_SOURCED = re.compile(r"\bsaid\b|according|\bstudy\b|\breport\b|\bshow\b|heard|«")
# How much each kind of paragraph may grow, and how many sentences it may hold.
_WEIGHT = {"lede": 3, "context": 3, "fact": 3, "according": 2, "reported": 2, "full": 3}
_WEIGHT |= {"partial": 2, "split": 1, "spokes": 1, "vox": 1, "multi": 1, "close": 0}
_CAP = {"lede": 4, "context": 5, "fact": 5, "according": 4, "reported": 3, "full": 3}
_CAP |= {"partial": 2, "split": 2, "spokes": 2, "vox": 2, "multi": 2, "close": 1}
_BACKGROUND = frozenset({"lede", "context", "fact", "according"})  # may grow past the caps
# The middle of an article, shuffled: what each paragraph does and who speaks in it.
_PLAN = (
    ("full", "pro"), ("full", "con"), ("partial", "con"), ("split", "pro"), ("spokes", ""),
    ("according", ""), ("fact", ""), ("fact", ""), ("reported", "pro"), ("vox", ""),
    ("full", "exp"), ("split", "con"), ("partial", "pro"), ("reported", "con"), ("fact", ""),
    ("full", "pro"), ("spokes", ""), ("full", "con"), ("according", ""), ("fact", ""),
)  # fmt: skip


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _trailing_comma(quote: str) -> str:
    """A quote as it stands before "said X": its last full stop becomes a comma."""
    return quote[:-1] + "," if quote.endswith(".") else quote


def _title_case(text: str) -> str:
    words = text.split(" ")
    return " ".join(
        w if i and w.lower() in _SMALL_WORDS else _capital(w) for i, w in enumerate(words)
    )


class _Writer:
    """Writes one article, front to back, from one random generator."""

    def __init__(self, rng: random.Random, style: Style, topic: Topic) -> None:
        self.rng, self.style, self.topic = rng, style, topic
        self.decks: dict[str, list[object]] = {}
        self.people: dict[str, _Person] = {}
        self.surnames: list[str] = []
        self.said: set[str] = set()
        self.background = 0  # general sentences written once the subject's facts ran out
        self.last: _Person | None = None  # who "she" or "he" would mean
        self.angle = rng.randrange(len(topic.ledes))  # the headline and lede that go together
        country, nationality, capital = rng.choice(COUNTRIES)
        others = [c for c in COUNTRIES if c[0] != country]
        country2, nationality2, capital2 = rng.choice(others)
        if topic.name == "diplomacy":
            town = capital
        elif style.dateline:
            town = rng.choice(others)[2]
        else:
            town = rng.choice(TOWNS)
        self.fixed: dict[str, str] = {
            "Town": town,
            "country": country,
            "nationality": nationality,
            "capital": capital,
            "country2": country2,
            "nationality2": nationality2,
            "capital2": capital2,
            "count": f"{rng.randrange(120, 2400, 10):,}",
            "money": self._fresh("amount"),
            "outlet": rng.choice(OUTLETS),
            "university": rng.choice(UNIVERSITIES),
            "newswire": rng.choice(AGENCIES),
        }
        for name, options in topic.slots.items():
            self.fixed[name] = self.fill(self.pick(options), sentence=False)

    # choices

    def allowed(self, option: str) -> str | None:
        """The option without its style tag, or None when the style rules it out."""
        if option.startswith("uk:"):
            return option[3:] if self.style.british else None
        if option.startswith("intl:"):
            return None if self.style.british else option[5:]
        return option

    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice([a for a in map(self.allowed, options) if a is not None])

    def deal(self, name: str, pool: Sequence[object]) -> object:
        """The next card of a shuffled deck, reshuffled when it runs out."""
        if not self.decks.get(name):
            deck = list(pool)
            self.rng.shuffle(deck)
            self.decks[name] = deck
        return self.decks[name].pop()

    def left(self, name: str, pool: Sequence[object]) -> int:
        """Cards left in a deck (all of them before the first deal)."""
        return len(self.decks[name]) if name in self.decks else len(pool)

    def _fresh(self, name: str) -> str:
        rng, style = self.rng, self.style
        if name == "amount":
            millions = rng.choice((2, 3, 4.5, 6, 8, 12, 15, 18, 24, 30, 36, 48, 60, 85, 120, 240))
            if style.british:
                return f"£{millions:g}m"
            currency = rng.choice(("$", "$", "€")) if style.dateline else "$"
            return f"{currency}{millions:g} million"
        if name == "pct":
            unit = " per cent" if style.british else " percent" if style.name == "curly" else "%"
            return f"{rng.randint(3, 68)}{unit}"
        if name == "money_small":
            return f"{'£' if style.british else '$'}{rng.randrange(250, 9_500, 50):,}"
        numbers: dict[str, Callable[[], object]] = {
            "n_small": lambda: rng.randrange(40, 900, 5),
            "n_big": lambda: f"{rng.randrange(1_200, 95_000, 100):,}",
            "day": lambda: rng.choice(DAYS),
            "month": lambda: rng.choice(MONTHS),
            "months": lambda: rng.randint(5, 30),
            "years": lambda: rng.randint(8, 45),
            "year_past": lambda: rng.randint(2009, 2021),
            "year_future": lambda: rng.randint(2027, 2031),
        }
        return str(numbers[name]())

    def fill(self, template: str, *, sentence: bool = True) -> str:
        """The template with its slots filled; people are named in full the first time.

        A slot that starts a sentence is capitalised; ``sentence=False`` says the
        template is part of a sentence, not the start of one.
        """

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            before = match.string[: match.start()].rstrip()
            start = (sentence and not before) or before.endswith(_SENTENCE_END)
            if name.startswith("@"):
                key, _, form = name[1:].replace(":", ".").partition(".")
                if form == "she":
                    return self.subject(key, start=start)
                return self.ref(key, end=form == "end", start=start)
            value = self.fixed[name] if name in self.fixed else self._fresh(name)
            value = self.fill(value, sentence=False)
            return _capital(value) if start else value

        return _SLOT.sub(replace, template)

    # people

    def person(self, key: str) -> _Person:
        """The person who plays a part ("pro", "con", "exp", "vox", or an extra)."""
        if key in self.people:
            return self.people[key]
        rng = self.rng
        female = rng.random() < 0.5
        last = rng.choice(PARTICLE_SURNAMES if rng.random() < 0.2 else SURNAMES)
        while last in self.surnames:
            last = rng.choice(SURNAMES)
        self.surnames.append(last)
        first = rng.choice(FEMALE if female else MALE)
        age = ""
        if key == "vox":
            role = Role("who " + self.fill(rng.choice(self.topic.vox), sentence=False))
            age = f", {rng.randint(19, 88)}"
        else:
            parts = {"pro": self.topic.officials, "con": self.topic.critics, "exp": EXPERTS}
            roles = parts.get(key) or self.topic.extras[key]
            role = rng.choice(
                [r for r in roles if not r.only or (r.only == "uk") == self.style.british]
            )
        if role.prefix in ("Dr", "Prof", "Judge"):
            honorific = role.prefix
        else:
            honorific = rng.choice(("Ms", "Ms", "Mrs")) if female else "Mr"
        title = self.honorific(role.prefix) if role.prefix else ""
        name = f"{title} {first} {last}".strip() + age
        appositive = self.fill(role.appositive, sentence=False)
        if appositive and role.prefix and rng.random() < 0.4:
            appositive = ""  # "Health Secretary Gareth Pryce" needs no more
        if appositive:
            intro, intro_end = f"{name}, {appositive},", f"{name}, {appositive}"
        else:
            intro = intro_end = name
        side = {"pro": "pro", "exp": "any"}.get(key, "con")
        says = role.says or {"exp": "exp", "pro": "pro"}.get(key, "con")
        self.people[key] = _Person(first, last, female, honorific, says, side, intro, intro_end)
        return self.people[key]

    def honorific(self, word: str) -> str:
        return word + "." if self.style.dot and word in _HONORIFICS_WITH_DOT else word

    def ref(self, key: str, *, end: bool = False, start: bool = False) -> str:
        """The person's name here: in full the first time, "Ms X" or "X" after that."""
        person = self.person(key)
        self.last = person
        if not person.mentioned:
            person.mentioned = True
            text = person.intro_end if end else person.intro
        elif self.style.courtesy:
            text = f"{self.honorific(person.honorific)} {person.last}"
        else:
            text = person.last
        return _capital(text) if start else text

    def subject(self, key: str, *, start: bool = False) -> str:
        """ "She" or "he" when the person was the last one named, else the name."""
        person = self.person(key)
        if person.mentioned and self.last is person:
            pronoun = "she" if person.female else "he"
            return _capital(pronoun) if start else pronoun
        return self.ref(key, start=start)

    # sentences

    def quote(self, key: str, sentences: int, *, section: str = "") -> str:
        """What a person (or a ``section`` of lines) says: lines not yet said if any."""
        section = section or self.person(key).says
        pool = EXPERT_LINES if section == "exp" else self.topic.lines[section]
        said: list[str] = []
        for name, lines in ((section, pool), ("exp", EXPERT_LINES)):  # then what anyone says
            unsaid = [line for line in lines if line not in self.said]
            while unsaid and len(said) < sentences:
                line = str(self.deal(name, lines))
                if line in unsaid:
                    unsaid.remove(line)
                    self.said.add(line)
                    said.append(self.fill(line))
        if not said:  # everything has been said: say one thing again
            said.append(self.fill(str(self.deal(section, pool))))
        return " ".join(said)

    def cue(self, *, leading: bool) -> str:
        verbs = ["said"] * 6 + ["added", "warned", "insisted", "explained", "told {outlet}"]
        if not leading:
            verbs += ["argued", "admitted"]
        return self.fill(self.rng.choice(verbs), sentence=False)

    def opener(self) -> str:
        return ":" if self.rng.random() < self.style.colon else ","

    def partial_mark(self, phrase: str, then: str) -> str:
        """A partial quote and the "." or "," after it: inside the marks in American style."""
        return f"«{phrase}{then}»" if self.style.inside else f"«{phrase}»{then}"

    def clause(self, key: str) -> str:
        """Something the person argues, for reported speech."""
        side = self.person(key).side
        clauses = [c for c, s in self.topic.clauses if side in (s, "any")]
        return self.fill(str(self.deal("clauses-" + side, clauses)), sentence=False)

    def fact(self) -> str:
        """A sentence of background: the subject's facts, then general ones, then speech."""
        if self.left("facts", self.topic.facts):
            return self.fill(str(self.deal("facts", self.topic.facts)))
        self.background += 1
        if self.background % 2 and self.left("filler", FILLER):
            return self.fill(str(self.deal("filler", FILLER)))
        named = [k for k in ("pro", "con", "exp") if k in self.people and self.people[k].mentioned]
        named = named or ["exp"]
        return self.reported(self.rng.choice(named), 1)

    def facts(self, count: int) -> str:
        return " ".join(self.fact() for _ in range(count))

    def more(self, key: str, sentences: int) -> str:
        """Further quoted sentences from the speaker just named, or nothing."""
        if sentences < 1:
            return ""
        said = f"{self.subject(key, start=True)} {self.rng.choice(('added', 'said'))}"
        return f" {said}{self.opener()} «{self.quote(key, sentences)}»"

    # paragraphs, each of about ``n`` sentences

    def lede(self, n: int) -> list[str]:
        text = self.fill(self.topic.ledes[self.angle])
        if self.style.dateline:
            text = f"{self.fixed['Town'].upper()} ({self.fixed['newswire']}) - {text}"
        return [" ".join([text, self.facts(n - 1)]).strip()]

    def context(self, n: int) -> list[str]:
        self.last = None
        return [self.facts(n)]

    def full(self, key: str, n: int) -> list[str]:
        rng = self.rng
        person = self.person(key)
        form = rng.random()
        if form < 0.45 or (n == 1 and form < 0.8):  # "…," said X. / "…," X said.
            body = _trailing_comma(self.quote(key, n))
            verb = self.cue(leading=False)
            if verb in ("said", "added") and (not person.mentioned or rng.random() < 0.4):
                return [f"«{body}» {verb} {self.ref(key, end=True)}."]  # said Ms X.
            return [f"«{body}» {self.subject(key)} {verb}."]
        if form < 0.8:  # X said: "…"
            subject = self.subject(key, start=True)
            return [f"{subject} {self.cue(leading=True)}{self.opener()} «{self.quote(key, n)}»"]
        first = _trailing_comma(self.quote(key, 1))  # "…," said X. "…"
        if person.mentioned and rng.random() < 0.5:
            said = f"{self.subject(key)} said"
        else:
            said = f"said {self.ref(key, end=True)}"
        rest = f" «{self.quote(key, n - 1)}»" if n > 1 else ""
        return [f"«{first}» {said}.{rest}"]

    def split(self, key: str, n: int) -> list[str]:
        head, tail = self.deal("split", SPLITS)  # type: ignore[misc]
        if self.person(key).mentioned and self.rng.random() < 0.5:
            said = f"{self.subject(key)} said"
        else:
            said = f"said {self.ref(key, end=True)}"
        more = f" {self.quote(key, n - 1)}" if n > 1 else ""
        return [f"«{head},» {said}, «{tail}{more}»"]

    def partial(self, key: str, n: int) -> list[str]:
        rng = self.rng
        side = self.person(key).side
        options = [(t, p) for t, p, s in self.topic.partials if side in (s, "any")]
        thing, phrase = self.deal("partials-" + side, options)  # type: ignore[misc]
        phrase = self.fill(phrase, sentence=False)
        end, comma = self.partial_mark(phrase, "."), self.partial_mark(phrase, ",")
        form = rng.randrange(5)
        if form == 0:
            text = f"{self.subject(key, start=True)} said {thing} was {end}"
        elif form == 1:
            text = f"{self.subject(key, start=True)} described {thing} as {end}"
        elif form == 2:
            clause = self.clause(key)
            text = f"{self.subject(key, start=True)} said {clause}, calling {thing} {end}"
        elif form == 3:
            text = f"{_capital(thing)} was {comma} said {self.ref(key, end=True)}."
        else:
            text = f"{_capital(thing)} is {comma} according to {self.ref(key, end=True)}."
        return [text + self.more(key, n - 1)]

    def spokes(self, n: int) -> list[str]:
        rng = self.rng
        org, side = self.deal("spokes", self.topic.spokes)  # type: ignore[misc]
        org = self.fill(self.allowed(org) or self.topic.spokes[0][0], sentence=False)
        self.last = None
        who = rng.choice(("a spokeswoman", "a spokesman", "a spokesperson"))
        quote = self.quote("", n, section=side)
        form = rng.randrange(5 if n == 1 else 4)
        if form == 0:
            return [f"«{_trailing_comma(quote)}» {who} for {org} said."]
        if form == 1:
            return [f"«{_trailing_comma(quote)}» said {who} for {org}."]
        if form == 2:
            return [f"{_capital(who)} for {org} said{self.opener()} «{quote}»"]
        if form == 3:
            return [f"In a statement, {org} said{self.opener()} «{quote}»"]
        return [f"{_capital(org)} did not respond to a request for comment."]

    def according(self, n: int) -> list[str]:
        rng = self.rng
        form = rng.randrange(3)
        if form == 0 and self.left("facts", self.topic.facts):
            self.last = None
            fact = self.fill(str(self.deal("facts", self.topic.facts)))
            if _SOURCED.search(fact):  # it says where it comes from already
                return [" ".join([fact, self.facts(n - 1)]).strip()]
            fact = fact.rstrip(".")
            source = rng.choice(
                (
                    "figures published by {outlet}",
                    "documents seen by {outlet}",
                    "a report by researchers at {university}",
                    "{@exp:end}",
                )
            )
            text = f"{fact}, according to {self.fill(source, sentence=False)}."
        else:
            key = rng.choice(("exp", "con", "pro"))
            clause = self.clause(key)
            if form == 1:
                text = f"According to {self.ref(key, end=True)}, {clause}."
            else:
                outlet = self.fill("{outlet}", sentence=False)
                text = f"{self.subject(key, start=True)} said {clause}, according to {outlet}."
        return [" ".join([text, self.facts(n - 1)]).strip()]

    def reported(self, key: str, n: int) -> str:
        rng = self.rng
        clause = self.clause(key)
        subject = self.subject(key, start=True)
        if rng.random() < 0.3:
            other = self.clause(key)
            if other != clause:
                return f"{subject} said that {clause}, and that {other}." + self.more(key, n - 1)
        verb = rng.choice(("said", "told {outlet} that", "said on {day} that"))
        verb = self.fill(verb, sentence=False)
        return f"{subject} {verb} {clause}." + self.more(key, n - 1)

    def vox(self, n: int) -> list[str]:
        quote = self.quote("vox", n)
        if self.rng.random() < 0.5:
            return [f"{self.ref('vox', start=True)} said{self.opener()} «{quote}»"]
        return [f"«{_trailing_comma(quote)}» said {self.ref('vox', end=True)}."]

    def multi(self, key: str, n: int, parts: int) -> list[str]:
        """A quote over several paragraphs: each opens with a mark, only the last closes."""
        said = [self.quote(key, n) for _ in range(parts)]
        opening = f"{self.subject(key, start=True)} said{self.opener()} «{said[0]}"
        return [opening, *(f"«{p}" for p in said[1:-1]), f"«{said[-1]}»"]

    def close(self, n: int) -> list[str]:
        return [self.fill(self.rng.choice(self.topic.closers))]

    def headline(self) -> str:
        text = _capital(self.fill(self.topic.headlines[self.angle]))
        return _title_case(text) if self.style.title_case else text

    # the whole article

    def plan(self, count: int, target: int) -> list[_Item]:
        """What each paragraph does, who speaks in it and how many sentences it has."""
        rng = self.rng
        middle = list(_PLAN)
        rng.shuffle(middle)
        middle.insert(0, middle.pop(next(i for i, (_, k) in enumerate(middle) if k == "pro")))
        items = [_Item("lede"), _Item("context")]
        room = count - 3
        parts = rng.choice((2, 3))
        if room >= 5 and rng.random() < 0.35:  # an official or a critic speaks at length
            middle.insert(rng.randint(1, 3), ("multi", rng.choice(("pro", "con"))))
        for kind, key in middle:
            span = parts if kind == "multi" else 1
            if span <= room:
                items.append(_Item(kind, key, parts=span))
                room -= span
        items.append(_Item("close"))
        words = WORDS_PER_SENTENCE * sum(i.sentences * i.parts for i in items)
        more = 0  # sentences allowed beyond the caps, for a long story in few paragraphs
        while words < target:
            growing = [
                i
                for i in items
                if i.sentences < _CAP[i.kind] + (more if i.kind in _BACKGROUND else 0)
            ]
            if not growing:
                more += 1
                continue
            item = rng.choices(growing, [_WEIGHT[i.kind] for i in growing])[0]
            item.sentences += 1
            words += WORDS_PER_SENTENCE * item.parts
        return items

    def body(self, count: int, target: int) -> list[str]:
        paragraphs: list[str] = []
        for item in self.plan(count, target):
            kind, key, n, parts = item.kind, item.key, item.sentences, item.parts
            if kind == "multi":
                paragraphs += self.multi(key, n, parts)
            elif kind == "fact":
                self.last = None
                paragraphs.append(self.facts(n))
            elif kind == "reported":
                paragraphs.append(self.reported(key, n))
            elif key:
                paragraphs += getattr(self, kind)(key, n)
            else:
                paragraphs += getattr(self, kind)(n)
        return paragraphs

    def render(self, text: str, *, headline: bool = False) -> str:
        """Typeset in the house style: quote marks, apostrophes, spelling."""
        style = self.style
        text = _PLURAL_POSSESSIVE.sub(r"\1'", text)
        text = text.replace("'", style.apostrophe)
        if headline:
            text = text.replace("«", style.headline_open).replace("»", style.headline_close)
        else:
            text = text.replace("«", style.open).replace("»", style.close)
        if not style.british:
            text = _AMERICAN_WORDS.sub(lambda m: _AMERICAN[m.group(0)], text)
        return text


def article(index: int, seed: int = 0) -> str:
    """Article ``index`` of the corpus made with ``seed``: headline, blank line, paragraphs.

    >>> article(3) == article(3) and article(3) != article(4)
    True
    """
    rng = random.Random(seed + index)
    style = rng.choice(STYLES)
    topic = rng.choice(TOPICS)
    count = rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS)
    target = rng.randint(max(MIN_WORDS + 20, 36 * count), min(MAX_WORDS - 40, 60 * count))
    for _ in range(100):  # the plan is only an estimate: draw again until it fits
        writer = _Writer(rng, style, topic)
        headline = writer.headline()
        paragraphs = writer.body(count, target)
        words = sum(len(p.split()) for p in paragraphs)
        if len(paragraphs) == count and MIN_WORDS <= words <= MAX_WORDS:
            body = "\n\n".join(writer.render(p) for p in paragraphs)
            return f"{writer.render(headline, headline=True)}\n\n{body}\n"
    raise RuntimeError(f"article {index} (seed {seed}): no draw met the length limits")


def articles(n: int, seed: int = 0) -> Iterator[str]:
    """The first ``n`` articles made with ``seed``, one text at a time.

    >>> texts = list(articles(2))
    >>> texts == list(articles(2)) and len(texts) == 2
    True
    """
    for index in range(n):
        yield article(index, seed)


def write_corpus(folder: str | Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` articles into ``folder`` (made if need be) as ``00000.txt`` onwards.

    Returns the folder. Files are UTF-8 with ``\\n`` line endings.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for index, text in enumerate(articles(n, seed)):
        (folder / f"{index:05d}.txt").write_text(text, encoding="utf-8", newline="\n")
    return folder


if __name__ == "__main__":
    number = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    for text in articles(number, first):
        print(text)
        print("-" * 72)
