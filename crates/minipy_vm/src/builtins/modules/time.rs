//! The `time` module: clocks, `sleep` (which gives up the GIL), and
//! broken-down times (`gmtime`, `localtime`, `strftime`). minipy has no
//! time zone database: local time is UTC, as on a machine with `TZ=UTC`.

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
    add_function(d, "localtime", gmtime);
    add_function(d, "mktime", mktime);
    add_function(d, "strftime", strftime);
    add_function(d, "asctime", asctime);
    add_function(d, "ctime", ctime);
    let set = |k: &str, v: Value| d.set_str(Value::str(k), PyStr::new(k).hash(), v);
    set("timezone", Value::Int(0));
    set("altzone", Value::Int(0));
    set("daylight", Value::Int(0));
    set(
        "tzname",
        Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]),
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

fn struct_time(vm: &mut Vm, fields: [i64; 9]) -> PyResult<Value> {
    let m = vm.import_module("time")?;
    let cls = match vm.get_attr_str(&m, "struct_time")? {
        Value::Class(c) => c,
        _ => return Err(vm.type_error("time.struct_time is missing")),
    };
    let value = structseq::make(&cls, fields.iter().map(|&f| Value::Int(f)).collect());
    if let Value::Instance(inst) = &value {
        inst.dict.set_str(
            Value::str("tm_zone"),
            PyStr::new("tm_zone").hash(),
            Value::str("UTC"),
        );
        inst.dict.set_str(
            Value::str("tm_gmtoff"),
            PyStr::new("tm_gmtoff").hash(),
            Value::Int(0),
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
    struct_time(vm, broken_down(secs))
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
        None => Ok(broken_down(since_epoch().as_secs() as i64)),
    }
}

fn mktime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [y, mo, d, h, mi, s, ..] = fields_of(vm, args.first().unwrap_or(&Value::None), "mktime")?;
    let days = days_from_civil(y, mo, d);
    Ok(Value::Float(
        (days * 86_400 + h * 3600 + mi * 60 + s) as f64,
    ))
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
    Ok(Value::string(asctime_text(broken_down(secs))))
}

fn strftime(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Str(fmt)) = args.first() else {
        return Err(vm.type_error("strftime() argument 1 must be str"));
    };
    let [y, mo, d, h, mi, s, wd, yd, _] = fields_or_now(vm, args.get(1), "strftime")?;
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
            'Z' => "UTC".to_string(),
            'z' => "+0000".to_string(),
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
