import datetime
from dataclasses import dataclass
from typing import List, Optional, Tuple, Union

import numpy as np
import numpy.typing as npt

__version__: str
CALENDARS: Tuple[str, ...]
HIJRI_OFFSET_SUPPORTED: bool

@dataclass(frozen=True)
class Match:
    start: int
    end: int
    byte_start: int
    byte_end: int
    text: str
    calendar: str
    value: str
    granularity: str
    flags: List[str]
    first: Optional[datetime.date]
    last: Optional[datetime.date]
    instant: Optional[datetime.datetime]

def extract(
    text: str,
    *,
    reference: Union[None, str, datetime.date, datetime.datetime] = ...,
    tz: Optional[str] = ...,
    lang: Optional[str] = ...,
    hijri_offset: int = ...,
) -> List[Match]: ...
def convert(date_str: str, from_calendar: str, to_calendar: str) -> str: ...
def to_calendar(
    days: npt.ArrayLike, calendar: str
) -> Tuple[npt.NDArray[np.int32], npt.NDArray[np.int32], npt.NDArray[np.int32]]: ...
def from_calendar(
    year: npt.ArrayLike, month: npt.ArrayLike, day: npt.ArrayLike, calendar: str
) -> npt.NDArray[np.datetime64]: ...
