//! The `time` module: clocks, `sleep` (which gives up the GIL), and
//! broken-down times (`gmtime`, `localtime`, `strftime`). Local time comes
//! from the system's time zone (`TZ`, else `/etc/localtime`), read with
//! the `jiff` crate, as CPython reads it through the C library.

use super::structseq;
use crate::builtins::add_function;
use crate::objects::*;
use crate::value::Value;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The start of the monotonic clocks.
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("time", None);
    let d = &m.dict;
    add_function(d, "time", |_, _, _| {
        Ok(Value::Float(since_epoch().as_secs_f64()))
    });
    add_function(d, "time_ns", |_, _, _| {
        Ok(Value::Int(since_epoch().as_nanos() as i64))
    });
    for name in ["monotonic", "perf_counter", "process_time"] {
        add_function(d, name, |_, _, _| {
            Ok(Value::Float(origin().elapsed().as_secs_f64()))
        });
    }
    for name in ["monotonic_ns", "perf_counter_ns", "process_time_ns"] {
        add_function(d, name, |_, _, _| {
            Ok(Value::Int(origin().elapsed().as_nanos() as i64))
        });
    }
    add_function(d, "sleep", sleep);
    add_function(d, "gmtime", gmtime);
    add_function(d, "localtime", localtime);
    add_function(d, "mktime", mktime);
    add_function(d, "strftime", strftime);
    add_function(d, "asctime", asctime);
    add_function(d, "ctime", ctime);
    let set = |k: &str, v: Value| d.set_str(Value::str(k), PyStr::new(k).hash(), v);
    let zone = zone_info();
    set("timezone", Value::Int(zone.timezone));
    set("altzone", Value::Int(zone.altzone));
    set("daylight", Value::Int(zone.daylight as i64));
    set(
        "tzname",
        Value::tuple(vec![
            Value::string(zone.std_name.clone()),
            Value::string(zone.dst_name.clone()),
        ]),
    );
    let struct_time = structseq::new_type(vm, "time", "struct_time", &FIELDS);
    set("struct_time", Value::Class(struct_time));
    Ok(Value::Module(m))
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn sleep(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let secs = match args {
        [v] => vm.to_f64(v)?,
        _ => {
            return Err(vm.type_error(format!(
                "time.sleep() takes exactly one argument ({} given)",
                args.len()
            )));
        }
    };
    if secs.is_nan() || secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let duration = Duration::from_secs_f64(secs.min(1e9));
    vm.sleep_interruptibly(duration)?;
    Ok(Value::None)
}

/// Days since 1970-01-01 to (year, month, day) (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The nine fields of `struct_time` for a count of seconds since the epoch.
fn broken_down(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let yday = days - days_from_civil(y, 1, 1) + 1;
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday.
    [y, m, d, rem / 3600, rem / 60 % 60, rem % 60, wday, yday, 0]
}

fn struct_time(vm: &mut Vm, fields: [i64; 9], zone: &str, gmtoff: i64) -> PyResult<Value> {
    let m = vm.import_module("time")?;
    let cls = match vm.get_attr_str(&m, "struct_time")? {
        Value::Class(c) => c,
        _ => return Err(vm.type_error("time.struct_time is missing")),
    };
    let value = structseq::make(&cls, fields.iter().map(|&f| Value::Int(f)).collect());
    if let Value::Instance(inst) = &value {
        inst.dict().set_str(
            Value::str("tm_zone"),
            PyStr::new("tm_zone").hash(),
            Value::str(zone),
        );
        inst.dict().set_str(
            Value::str("tm_gmtoff"),
            PyStr::new("tm_gmtoff").hash(),
            Value::Int(gmtoff),
        );
    }
    Ok(value)
}

fn seconds_arg(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    match args.first() {
        None | Some(Value::None) => Ok(since_epoch().as_secs() as i64),
        Some(v) => {
            let f = vm.to_f64(v)?;
            if !f.is_finite() {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.floor() as i64)
        }
    }
}

fn gmtime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let secs = seconds_arg(vm, args)?;
    struct_time(vm, broken_down(secs), "UTC", 0)
}

fn localtime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let secs = seconds_arg(vm, args)?;
    let local = local_time(secs);
    struct_time(vm, local.fields, &local.zone, local.gmtoff)
}

/// The system time zone, read once.
fn system_zone() -> &'static jiff::tz::TimeZone {
    static ZONE: OnceLock<jiff::tz::TimeZone> = OnceLock::new();
    ZONE.get_or_init(jiff::tz::TimeZone::system)
}

/// A moment in local time: the `struct_time` fields, the zone's
/// abbreviation and its offset east of UTC in seconds.
struct LocalTime {
    fields: [i64; 9],
    zone: String,
    gmtoff: i64,
}

fn local_time(secs: i64) -> LocalTime {
    let tz = system_zone();
    let Ok(ts) = jiff::Timestamp::from_second(secs) else {
        return LocalTime {
            fields: broken_down(secs),
            zone: "UTC".into(),
            gmtoff: 0,
        };
    };
    let info = tz.to_offset_info(ts);
    let gmtoff = info.offset().seconds() as i64;
    let mut fields = broken_down(secs + gmtoff);
    fields[8] = info.dst().is_dst() as i64;
    LocalTime {
        fields,
        zone: info.abbreviation().to_string(),
        gmtoff,
    }
}

/// What `time.timezone`, `altzone`, `daylight` and `tzname` say: found,
/// as CPython does, from the offsets in January and in July of this year.
struct ZoneInfo {
    timezone: i64,
    altzone: i64,
    daylight: bool,
    std_name: String,
    dst_name: String,
}

fn zone_info() -> ZoneInfo {
    let now = since_epoch().as_secs() as i64;
    let year = broken_down(now)[0];
    let at = |month: i64| local_time(days_from_civil(year, month, 1) * 86_400);
    let (january, july) = (at(1), at(7));
    let (jan_west, jul_west) = (-january.gmtoff, -july.gmtoff);
    if jan_west < jul_west {
        // Southern hemisphere: January is summer time.
        ZoneInfo {
            timezone: jul_west,
            altzone: jan_west,
            daylight: true,
            std_name: july.zone,
            dst_name: january.zone,
        }
    } else {
        ZoneInfo {
            timezone: jan_west,
            altzone: jul_west,
            daylight: jan_west != jul_west,
            std_name: january.zone,
            dst_name: july.zone,
        }
    }
}

/// Local broken-down fields back to seconds since the epoch (`mktime`):
/// out-of-range fields carry over, as in C; an ambiguous or skipped local
/// time resolves the way most C libraries do (the earlier offset).
fn local_to_epoch(fields: [i64; 9]) -> Option<i64> {
    let [y, mo, d, h, mi, s, ..] = fields;
    let naive = (days_from_civil(y + (mo - 1).div_euclid(12), (mo - 1).rem_euclid(12) + 1, 1) + d
        - 1)
        * 86_400
        + h * 3600
        + mi * 60
        + s;
    let [ny, nmo, nd, nh, nmi, ns, ..] = broken_down(naive);
    let dt = jiff::civil::DateTime::new(
        i16::try_from(ny).ok()?,
        nmo as i8,
        nd as i8,
        nh as i8,
        nmi as i8,
        ns as i8,
        0,
    )
    .ok()?;
    let zoned = system_zone().to_ambiguous_zoned(dt).compatible().ok()?;
    Some(zoned.timestamp().as_second())
}

/// The nine fields of a `struct_time` or 9-tuple argument.
fn fields_of(vm: &mut Vm, v: &Value, func: &str) -> PyResult<[i64; 9]> {
    let items = vm.iterate(v)?;
    if items.len() != 9 {
        return Err(vm.type_error(format!("{func}(): illegal time tuple argument")));
    }
    let mut out = [0i64; 9];
    for (slot, item) in out.iter_mut().zip(&items) {
        *slot = vm.as_index(item)?;
    }
    Ok(out)
}

fn fields_or_now(vm: &mut Vm, v: Option<&Value>, func: &str) -> PyResult<[i64; 9]> {
    match v {
        Some(v) => fields_of(vm, v, func),
        None => Ok(local_time(since_epoch().as_secs() as i64).fields),
    }
}

fn mktime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let fields = fields_of(vm, args.first().unwrap_or(&Value::None), "mktime")?;
    match local_to_epoch(fields) {
        Some(secs) => Ok(Value::Float(secs as f64)),
        None => Err(vm.overflow_error("mktime argument out of range")),
    }
}

fn asctime_text(f: [i64; 9]) -> String {
    let [y, mo, d, h, mi, s, wd, ..] = f;
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &DAYS[wd.rem_euclid(7) as usize][..3],
        &MONTHS[(mo - 1).rem_euclid(12) as usize][..3],
        d,
        h,
        mi,
        s,
        y
    )
}

fn asctime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let f = fields_or_now(vm, args.first(), "asctime")?;
    Ok(Value::string(asctime_text(f)))
}

fn ctime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let secs = seconds_arg(vm, args)?;
    Ok(Value::string(asctime_text(local_time(secs).fields)))
}

/// The zone abbreviation and UTC offset `strftime` shows for `%Z` and
/// `%z`: a `struct_time`'s own, else the local zone's name for its DST
/// flag.
fn zone_of(vm: &mut Vm, v: Option<&Value>, isdst: i64) -> (String, i64) {
    if let Some(v) = v {
        let zone = vm.get_attr_opt(v, "tm_zone").ok().flatten();
        let off = vm.get_attr_opt(v, "tm_gmtoff").ok().flatten();
        if let (Some(Value::Str(z)), Some(Value::Int(o))) = (zone, off) {
            return (z.as_str().to_string(), o);
        }
        // A plain 9-tuple has no offset: C's strftime then shows +0000.
        let info = zone_info();
        return (
            if isdst > 0 {
                info.dst_name
            } else {
                info.std_name
            },
            0,
        );
    }
    let local = local_time(since_epoch().as_secs() as i64);
    (local.zone, local.gmtoff)
}

fn strftime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Str(fmt)) = args.first() else {
        return Err(vm.type_error("strftime() argument 1 must be str"));
    };
    let [y, mo, d, h, mi, s, wd, yd, isdst] = fields_or_now(vm, args.get(1), "strftime")?;
    let (zone, gmtoff) = zone_of(vm, args.get(1), isdst);
    let mut out = String::new();
    let mut chars = fmt.as_str().chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(code) = chars.next() else {
            out.push('%');
            break;
        };
        let day = DAYS[wd.rem_euclid(7) as usize];
        let month = MONTHS[(mo - 1).rem_euclid(12) as usize];
        let text = match code {
            'Y' => y.to_string(),
            'y' => format!("{:02}", y.rem_euclid(100)),
            'm' => format!("{mo:02}"),
            'd' => format!("{d:02}"),
            'e' => format!("{d:2}"),
            'H' => format!("{h:02}"),
            'I' => format!("{:02}", if h % 12 == 0 { 12 } else { h % 12 }),
            'M' => format!("{mi:02}"),
            'S' => format!("{s:02}"),
            'p' => (if h < 12 { "AM" } else { "PM" }).to_string(),
            'j' => format!("{yd:03}"),
            'a' => day[..3].to_string(),
            'A' => day.to_string(),
            'b' | 'h' => month[..3].to_string(),
            'B' => month.to_string(),
            'w' => ((wd + 1) % 7).to_string(),
            'u' => (wd + 1).to_string(),
            'Z' => zone.clone(),
            'z' => format!(
                "{}{:02}{:02}",
                if gmtoff < 0 { '-' } else { '+' },
                gmtoff.abs() / 3600,
                gmtoff.abs() / 60 % 60
            ),
            'c' => asctime_text([y, mo, d, h, mi, s, wd, yd, 0]),
            'x' => format!("{mo:02}/{d:02}/{:02}", y.rem_euclid(100)),
            'X' | 'T' => format!("{h:02}:{mi:02}:{s:02}"),
            'D' => format!("{mo:02}/{d:02}/{:02}", y.rem_euclid(100)),
            'F' => format!("{y}-{mo:02}-{d:02}"),
            'R' => format!("{h:02}:{mi:02}"),
            'n' => "\n".to_string(),
            't' => "\t".to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&text);
    }
    Ok(Value::string(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(broken_down(1_700_000_000)[..6], [2023, 11, 14, 22, 13, 20]);
        for days in [-800_000, -1, 0, 59, 365, 11_016, 100_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
