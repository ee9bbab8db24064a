"""Working-hours clock of the demo data: every moment a demo loader invents falls on a
working day between 09:00 and 17:30 (Europe/Amsterdam), so that a demo timeline reads like
real work.

`werktijd(dt)` maps any moment into working hours and keeps the order of any two moments
(it is strictly increasing), so loaders can compute with plain offsets ("34 days ago", "a
fifth of the way") and map the result. `werkdag(d)` moves a date off the weekend, for
sessions that keep the hour they were planned at."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

ZONE = ZoneInfo("Europe/Amsterdam")
BEGIN = time(9, 0)
EINDE = time(17, 30)
_DAG = timedelta(hours=24)
_WERKDAG = timedelta(hours=8, minutes=30)


def werkdag(d: date) -> date:
    """The date itself on a weekday, else the Monday after."""
    return d + timedelta(days=(7 - d.weekday()) % 7) if d.weekday() >= 5 else d


def werktijd(moment: datetime) -> datetime:
    """`moment` mapped into working hours on a working day, order kept.

    A weekday's 24 hours are scaled into its 09:00–17:30; Friday, Saturday and Sunday share
    Friday's working day in three equal parts, so a weekend moment lands on the Friday
    before it and still after every earlier moment."""
    lokaal = timezone.localtime(moment, ZONE)
    dag = lokaal.date()
    middernacht = datetime.combine(dag, time(0), tzinfo=ZONE)
    deel = (lokaal - middernacht) / _DAG  # 0 <= deel < 1
    wd = dag.weekday()
    if wd >= 4:  # Friday, Saturday, Sunday → thirds of Friday
        dag = dag - timedelta(days=wd - 4)
        deel = ((wd - 4) + deel) / 3
    begin = datetime.combine(dag, BEGIN, tzinfo=ZONE)
    return begin + _WERKDAG * deel


def is_werktijd(moment: datetime) -> bool:
    lokaal = timezone.localtime(moment, ZONE)
    return lokaal.weekday() < 5 and BEGIN <= lokaal.time() <= EINDE


def tot_nu(nu: datetime | None = None) -> datetime:
    """The last working moment up to now: now itself in working hours, else the end of the
    working day before."""
    nu = timezone.localtime(nu or timezone.now(), ZONE)
    if is_werktijd(nu):
        return nu
    dag = nu.date() if nu.weekday() < 5 and nu.time() > EINDE else nu.date() - timedelta(days=1)
    while dag.weekday() >= 5:
        dag -= timedelta(days=1)
    return datetime.combine(dag, EINDE, tzinfo=ZONE)


def verspreid(begin: datetime, einde: datetime, aantal: int) -> list[datetime]:
    """`aantal` moments in working hours, in order, strictly between `begin` and `einde`
    (both in working hours): evenly spread, each moved to the next working morning when it
    falls outside working hours, or a minute apart just after `begin` when there is no
    room."""
    uit = []
    vorige = begin
    for k in range(aantal):
        t = timezone.localtime(begin + (einde - begin) * (k + 1) / (aantal + 1), ZONE)
        if not is_werktijd(t):
            dag = werkdag(t.date() + timedelta(days=1) if t.time() > EINDE else t.date())
            t = datetime.combine(dag, BEGIN, tzinfo=ZONE) + timedelta(minutes=7 * (k + 1))
        if not (vorige < t < einde and is_werktijd(t)):
            t = vorige + timedelta(minutes=1)
        uit.append(t)
        vorige = t
    return uit
