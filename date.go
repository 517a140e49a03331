package benchling

import (
	"fmt"
	"time"
)

// Date is a calendar day with no time of day or time zone: the value of a
// date field, written YYYY-MM-DD. Its zero value is no date.
type Date struct {
	// Year is the year, for example 2024.
	Year int
	// Month is the month of the year.
	Month time.Month
	// Day is the day of the month, from 1.
	Day int
}

// DateOf returns the day t falls on, in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ParseDate reads a date written YYYY-MM-DD, as Benchling writes date
// fields.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("benchling: %q is not a date (YYYY-MM-DD)", s)
	}
	return DateOf(t), nil
}

// String returns the date as YYYY-MM-DD.
func (d Date) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a day of the calendar: a month from 1 to
// 12, a day the month has, a year from 1 to 9999.
func (d Date) IsValid() bool {
	return d.Year >= 1 && d.Year <= 9999 && DateOf(d.In(time.UTC)) == d
}

// In returns the start of the day d in loc (midnight, or the first
// instant of the day where midnight does not exist).
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// MarshalText writes the date as YYYY-MM-DD; an invalid date (see
// IsValid) is an error.
func (d Date) MarshalText() ([]byte, error) {
	if !d.IsValid() {
		return nil, fmt.Errorf("benchling: %s is not a valid date", d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText reads a date written YYYY-MM-DD.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
