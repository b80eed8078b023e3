//! `_socket`: TCP, UDP and Unix sockets for the frozen `socket` module.
//!
//! Every socket is non-blocking at the OS level, as CPython makes a socket
//! with a timeout. A blocking call is emulated: try the operation, and
//! while it would block, `poll` for readiness with the GIL released, in
//! short slices so that the main thread runs signal handlers (Ctrl-C) and
//! a socket closed by another thread is noticed. The timeout (`None`: wait
//! for ever, `0`: never wait) is passed in by `socket.py` on every call.

use super::os::io_error;
use crate::builtins::add_function;
use crate::objects::*;
use crate::signals::{SIGNAL_POLL, is_main_thread, signal_pending};
use crate::value::Value;
use crate::vm::{KwArgs, PyErr, PyResult, Vm};
use nix::poll::{PollFd, PollFlags, PollTimeout};
use socket2::{Domain, Protocol, SockAddr, Socket, Type};
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, SocketAddrV4, SocketAddrV6, ToSocketAddrs};
use std::os::fd::{AsFd, AsRawFd};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const AF_UNIX: i64 = 1;
const AF_INET: i64 = 2;
const AF_INET6: i64 = 10;
const SOCK_STREAM: i64 = 1;
const SOCK_DGRAM: i64 = 2;
const SOL_SOCKET: i64 = 1;
const IPPROTO_TCP: i64 = 6;
const SO_REUSEADDR: i64 = 2;
const SO_TYPE: i64 = 3;
const SO_ERROR: i64 = 4;
const SO_BROADCAST: i64 = 6;
const SO_SNDBUF: i64 = 7;
const SO_RCVBUF: i64 = 8;
const SO_KEEPALIVE: i64 = 9;
const SO_REUSEPORT: i64 = 15;
const TCP_NODELAY: i64 = 1;

/// How often a thread other than the main one checks, while it waits,
/// whether its socket was closed.
const CLOSE_POLL: Duration = Duration::from_millis(100);

/// A socket object's OS half. `close` empties it; an operation in flight
/// keeps its own `Arc`, so the descriptor lives until that call returns.
struct SocketHandle {
    socket: Mutex<Option<Arc<Socket>>>,
    family: i64,
}

pub fn create(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.new_module("_socket", None);
    let d = &m.dict;
    let constants = [
        ("AF_UNIX", AF_UNIX),
        ("AF_INET", AF_INET),
        ("AF_INET6", AF_INET6),
        ("AF_UNSPEC", 0),
        ("SOCK_STREAM", SOCK_STREAM),
        ("SOCK_DGRAM", SOCK_DGRAM),
        ("SOCK_RAW", 3),
        ("SOL_SOCKET", SOL_SOCKET),
        ("SOL_TCP", IPPROTO_TCP),
        ("IPPROTO_TCP", IPPROTO_TCP),
        ("IPPROTO_UDP", 17),
        ("IPPROTO_IP", 0),
        ("SO_REUSEADDR", SO_REUSEADDR),
        ("SO_REUSEPORT", SO_REUSEPORT),
        ("SO_TYPE", SO_TYPE),
        ("SO_ERROR", SO_ERROR),
        ("SO_BROADCAST", SO_BROADCAST),
        ("SO_SNDBUF", SO_SNDBUF),
        ("SO_RCVBUF", SO_RCVBUF),
        ("SO_KEEPALIVE", SO_KEEPALIVE),
        ("TCP_NODELAY", TCP_NODELAY),
        ("SHUT_RD", 0),
        ("SHUT_WR", 1),
        ("SHUT_RDWR", 2),
        ("SOMAXCONN", 4096),
        ("MSG_PEEK", nix::libc::MSG_PEEK as i64),
        ("MSG_DONTWAIT", nix::libc::MSG_DONTWAIT as i64),
        ("MSG_WAITALL", nix::libc::MSG_WAITALL as i64),
    ];
    for (name, value) in constants {
        d.set_str(Value::str(name), PyStr::new(name).hash(), Value::Int(value));
    }
    add_function(d, "socket", socket_new);
    add_function(d, "fileno", fileno);
    add_function(d, "close", close);
    add_function(d, "bind", bind);
    add_function(d, "listen", listen);
    add_function(d, "accept", accept);
    add_function(d, "connect", connect);
    add_function(d, "send", send);
    add_function(d, "sendall", sendall);
    add_function(d, "sendto", sendto);
    add_function(d, "recv", recv);
    add_function(d, "recvfrom", recvfrom);
    add_function(d, "setsockopt", setsockopt);
    add_function(d, "getsockopt", getsockopt);
    add_function(d, "getsockname", getsockname);
    add_function(d, "getpeername", getpeername);
    add_function(d, "shutdown", shutdown);
    add_function(d, "resolve", resolve);
    add_function(d, "gethostname", gethostname);
    Ok(Value::Module(m))
}

// ------------------------------------------------------------ arguments

fn handle<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a SocketHandle> {
    match args.first() {
        Some(Value::Instance(inst)) => inst
            .native::<SocketHandle>()
            .ok_or_else(|| vm.type_error("expected a socket")),
        _ => Err(vm.type_error("expected a socket")),
    }
}

/// The open socket, or `OSError: [Errno 9] Bad file descriptor`.
fn open_socket(vm: &Vm, args: &[Value]) -> PyResult<(Arc<Socket>, i64)> {
    let h = handle(vm, args)?;
    let socket = h.socket.lock().unwrap_or_else(|e| e.into_inner()).clone();
    match socket {
        Some(s) => Ok((s, h.family)),
        None => Err(io_error(
            vm,
            &io::Error::from_raw_os_error(nix::libc::EBADF),
            None,
        )),
    }
}

fn is_closed(vm: &Vm, args: &[Value]) -> bool {
    handle(vm, args).is_ok_and(|h| h.socket.lock().unwrap_or_else(|e| e.into_inner()).is_none())
}

fn int_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i) {
        Some(v) => vm.as_index(v),
        None => Ok(0),
    }
}

/// The timeout argument: `None` waits for ever.
fn timeout_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<Option<Duration>> {
    match args.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(Duration::from_secs_f64(vm.to_f64(v)?.max(0.0)))),
    }
}

fn bytes_arg(vm: &Vm, args: &[Value], i: usize) -> PyResult<Vec<u8>> {
    match args.get(i) {
        Some(Value::Bytes(b)) => Ok(b.data.borrow().clone()),
        Some(other) => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error("a bytes-like object is required")),
    }
}

fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(Arc::new(PyBytes::new(data, false)))
}

fn new_handle(socket: Socket, family: i64) -> PyResult<Value> {
    let cls = crate::types::builtin_class("socket_handle", BuiltinKind::Native, None);
    let handle = SocketHandle {
        socket: Mutex::new(Some(Arc::new(socket))),
        family,
    };
    Ok(Value::Instance(Arc::new(PyInstance::new(
        cls,
        Payload::Native(Box::new(handle)),
    ))))
}

// ------------------------------------------------------------ addresses

/// `socket.gaierror`, which `socket.py` stores in this module.
fn gaierror(vm: &mut Vm, code: i64, message: &str) -> PyErr {
    let args = vec![Value::Int(code), Value::str(message)];
    let class = vm
        .import_module("_socket")
        .and_then(|m| vm.get_attr_str(&m, "gaierror"));
    match class {
        Ok(Value::Class(c)) => PyErr(vm.new_exception(c, args)),
        _ => PyErr(vm.new_exception(vm.interp.exception_class("OSError"), args)),
    }
}

/// A host name or address in the form `family` wants.
fn resolve_host(vm: &mut Vm, host: &str, port: u16, family: i64) -> PyResult<IpAddr> {
    match (host, family) {
        ("", AF_INET) => return Ok(IpAddr::V4(Ipv4Addr::UNSPECIFIED)),
        ("", _) => return Ok(IpAddr::V6(Ipv6Addr::UNSPECIFIED)),
        ("<broadcast>", _) => return Ok(IpAddr::V4(Ipv4Addr::BROADCAST)),
        _ => {}
    }
    if let Ok(ip) = host.parse::<IpAddr>() {
        if ip.is_ipv4() == (family == AF_INET) {
            return Ok(ip);
        }
        return Err(gaierror(
            vm,
            -9,
            "Address family for hostname not supported",
        ));
    }
    let found = crate::gil::without(|| (host, port).to_socket_addrs());
    let Ok(found) = found else {
        return Err(gaierror(vm, -2, "Name or service not known"));
    };
    let mut found = found.map(|a| a.ip()).collect::<Vec<_>>();
    found.retain(|ip| ip.is_ipv4() == (family == AF_INET));
    match found.first() {
        Some(ip) => Ok(*ip),
        None => Err(gaierror(
            vm,
            -9,
            "Address family for hostname not supported",
        )),
    }
}

/// A Python address (`(host, port)`, a path...) as a socket address.
fn sock_addr(vm: &mut Vm, family: i64, addr: &Value, func: &str) -> PyResult<SockAddr> {
    if family == AF_UNIX {
        return match addr {
            Value::Str(path) => SockAddr::unix(path.as_str()).map_err(|e| io_error(vm, &e, None)),
            other => Err(vm.type_error(format!(
                "{func}(): AF_UNIX address must be str, not {}",
                vm.type_name(other)
            ))),
        };
    }
    let name = if family == AF_INET {
        "AF_INET"
    } else {
        "AF_INET6"
    };
    let items = match addr {
        Value::Tuple(t) => t.items().to_vec(),
        other => {
            return Err(vm.type_error(format!(
                "{func}(): {name} address must be tuple, not {}",
                vm.type_name(other)
            )));
        }
    };
    let arity_ok = if family == AF_INET {
        items.len() == 2
    } else {
        (2..=4).contains(&items.len())
    };
    if !arity_ok {
        return Err(vm.type_error(if family == AF_INET {
            "AF_INET address must be a pair (host, port)"
        } else {
            "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
        }));
    }
    let host = match &items[0] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "str, bytes or bytearray expected, not {}",
                vm.type_name(other)
            )));
        }
    };
    let port = vm.as_index(&items[1])?;
    let Ok(port) = u16::try_from(port) else {
        return Err(vm.error("OverflowError", format!("{func}(): port must be 0-65535.")));
    };
    let ip = resolve_host(vm, &host, port, family)?;
    Ok(match ip {
        IpAddr::V4(v4) => SockAddr::from(SocketAddrV4::new(v4, port)),
        IpAddr::V6(v6) => {
            let flowinfo = match items.get(2) {
                Some(v) => vm.as_index(v)? as u32,
                None => 0,
            };
            let scope = match items.get(3) {
                Some(v) => vm.as_index(v)? as u32,
                None => 0,
            };
            SockAddr::from(SocketAddrV6::new(v6, port, flowinfo, scope))
        }
    })
}

/// An address as Python shows it: `('127.0.0.1', 8080)`, the IPv6
/// four-tuple, or a Unix path.
fn addr_value(addr: &SockAddr) -> Value {
    match addr.as_socket() {
        Some(SocketAddr::V4(a)) => Value::tuple(vec![
            Value::string(a.ip().to_string()),
            Value::Int(a.port() as i64),
        ]),
        Some(SocketAddr::V6(a)) => Value::tuple(vec![
            Value::string(a.ip().to_string()),
            Value::Int(a.port() as i64),
            Value::Int(a.flowinfo() as i64),
            Value::Int(a.scope_id() as i64),
        ]),
        None => match addr.as_pathname() {
            Some(p) => Value::string(p.to_string_lossy().into_owned()),
            None => Value::str(""),
        },
    }
}

// ------------------------------------------------------------ waiting

fn would_block(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
    ) || e.raw_os_error() == Some(nix::libc::EINPROGRESS)
}

fn timed_out(vm: &Vm) -> PyErr {
    vm.error("TimeoutError", "timed out")
}

/// Waits until `socket` is ready for `events`: false when `deadline`
/// passes first. Runs signal handlers while waiting in the main thread.
fn wait_ready(
    vm: &mut Vm,
    args: &[Value],
    socket: &Socket,
    events: PollFlags,
    deadline: Option<Instant>,
) -> PyResult<bool> {
    let main = is_main_thread();
    loop {
        let slice = if main { SIGNAL_POLL } else { CLOSE_POLL };
        let slice = match deadline {
            Some(d) => d.saturating_duration_since(Instant::now()).min(slice),
            None => slice,
        };
        let ms = slice.as_millis().min(i32::MAX as u128) as i32;
        let ready = crate::gil::without(|| {
            let mut fds = [PollFd::new(socket.as_fd(), events)];
            match nix::poll::poll(
                &mut fds,
                PollTimeout::try_from(ms).unwrap_or(PollTimeout::MAX),
            ) {
                Ok(n) => n > 0,
                Err(_) => false,
            }
        });
        if ready {
            return Ok(true);
        }
        if main && signal_pending() {
            vm.handle_signals()?;
        }
        if is_closed(vm, args) {
            return Err(io_error(
                vm,
                &io::Error::from_raw_os_error(nix::libc::EBADF),
                None,
            ));
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(false);
        }
    }
}

/// Runs a non-blocking `op` until it no longer would block, waiting for
/// `events` in between, within `timeout`.
fn blocking<T>(
    vm: &mut Vm,
    args: &[Value],
    socket: &Socket,
    events: PollFlags,
    timeout: Option<Duration>,
    mut op: impl FnMut(&Socket) -> io::Result<T>,
) -> PyResult<T> {
    let deadline = timeout.map(|t| Instant::now() + t);
    loop {
        match op(socket) {
            Ok(v) => return Ok(v),
            Err(e) if would_block(&e) => {
                if timeout == Some(Duration::ZERO) {
                    return Err(io_error(vm, &e, None));
                }
            }
            Err(e) => return Err(io_error(vm, &e, None)),
        }
        if !wait_ready(vm, args, socket, events, deadline)? {
            return Err(timed_out(vm));
        }
    }
}

// ------------------------------------------------------------ operations

/// `_socket.socket(family, type, proto)`.
fn socket_new(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let family = int_arg(vm, args, 0)?;
    let kind = int_arg(vm, args, 1)?;
    let proto = int_arg(vm, args, 2)?;
    let domain = match family {
        AF_INET => Domain::IPV4,
        AF_INET6 => Domain::IPV6,
        AF_UNIX => Domain::UNIX,
        _ => {
            return Err(io_error(
                vm,
                &io::Error::from_raw_os_error(nix::libc::EAFNOSUPPORT),
                None,
            ));
        }
    };
    let protocol = (proto != 0).then(|| Protocol::from(proto as i32));
    let socket = Socket::new(domain, Type::from(kind as i32), protocol)
        .map_err(|e| io_error(vm, &e, None))?;
    socket
        .set_nonblocking(true)
        .map_err(|e| io_error(vm, &e, None))?;
    new_handle(socket, family)
}

fn fileno(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match open_socket(vm, args) {
        Ok((s, _)) => s.as_raw_fd() as i64,
        Err(_) => -1,
    }))
}

fn close(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = handle(vm, args)?;
    let taken = h.socket.lock().unwrap_or_else(|e| e.into_inner()).take();
    drop(taken);
    Ok(Value::None)
}

fn bind(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, family) = open_socket(vm, args)?;
    let addr = sock_addr(vm, family, args.get(1).unwrap_or(&Value::None), "bind")?;
    socket.bind(&addr).map_err(|e| io_error(vm, &e, None))?;
    Ok(Value::None)
}

fn listen(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, _) = open_socket(vm, args)?;
    let backlog = match args.get(1) {
        Some(v) => vm.as_index(v)?.clamp(0, i32::MAX as i64) as i32,
        None => 128,
    };
    socket.listen(backlog).map_err(|e| io_error(vm, &e, None))?;
    Ok(Value::None)
}

/// `accept(handle, timeout)` -> `(handle, address)`.
fn accept(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, family) = open_socket(vm, args)?;
    let timeout = timeout_arg(vm, args, 1)?;
    let (conn, addr) = blocking(vm, args, &socket, PollFlags::POLLIN, timeout, |s| {
        s.accept()
    })?;
    conn.set_nonblocking(true)
        .map_err(|e| io_error(vm, &e, None))?;
    Ok(Value::tuple(vec![
        new_handle(conn, family)?,
        addr_value(&addr),
    ]))
}

/// `connect(handle, address, timeout, raise)`: with `raise` false, returns
/// the errno instead (`connect_ex`).
fn connect(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, family) = open_socket(vm, args)?;
    let addr = sock_addr(vm, family, args.get(1).unwrap_or(&Value::None), "connect")?;
    let timeout = timeout_arg(vm, args, 2)?;
    let raise = args.get(3).is_none_or(|v| v.is(&Value::Bool(true)));
    let outcome = match socket.connect(&addr) {
        Ok(()) => Ok(()),
        Err(e) if would_block(&e) && timeout != Some(Duration::ZERO) => {
            let deadline = timeout.map(|t| Instant::now() + t);
            if wait_ready(vm, args, &socket, PollFlags::POLLOUT, deadline)? {
                match socket.take_error() {
                    Ok(Some(e)) | Err(e) => Err(e),
                    Ok(None) => Ok(()),
                }
            } else if raise {
                return Err(timed_out(vm));
            } else {
                Err(io::Error::from_raw_os_error(nix::libc::EAGAIN))
            }
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok(()) if raise => Ok(Value::None),
        Ok(()) => Ok(Value::Int(0)),
        Err(e) if raise => Err(io_error(vm, &e, None)),
        Err(e) => Ok(Value::Int(e.raw_os_error().unwrap_or(0) as i64)),
    }
}

fn flags_arg(vm: &mut Vm, args: &[Value], i: usize) -> PyResult<nix::sys::socket::MsgFlags> {
    let bits = int_arg(vm, args, i)?;
    Ok(nix::sys::socket::MsgFlags::from_bits_truncate(bits as i32))
}

fn nix_io(e: nix::errno::Errno) -> io::Error {
    io::Error::from_raw_os_error(e as i32)
}

/// `send(handle, data, flags, timeout)` -> bytes sent.
fn send(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, _) = open_socket(vm, args)?;
    let data = bytes_arg(vm, args, 1)?;
    let flags = flags_arg(vm, args, 2)? | nix::sys::socket::MsgFlags::MSG_NOSIGNAL;
    let timeout = timeout_arg(vm, args, 3)?;
    let n = blocking(vm, args, &socket, PollFlags::POLLOUT, timeout, |s| {
        nix::sys::socket::send(s.as_raw_fd(), &data, flags).map_err(nix_io)
    })?;
    Ok(Value::Int(n as i64))
}

/// `sendall(handle, data, flags, timeout)`: the timeout bounds each wait.
fn sendall(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, _) = open_socket(vm, args)?;
    let data = bytes_arg(vm, args, 1)?;
    let flags = flags_arg(vm, args, 2)? | nix::sys::socket::MsgFlags::MSG_NOSIGNAL;
    let timeout = timeout_arg(vm, args, 3)?;
    let mut sent = 0;
    while sent < data.len() {
        sent += blocking(vm, args, &socket, PollFlags::POLLOUT, timeout, |s| {
            nix::sys::socket::send(s.as_raw_fd(), &data[sent..], flags).map_err(nix_io)
        })?;
    }
    Ok(Value::None)
}

fn sendto(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, family) = open_socket(vm, args)?;
    let data = bytes_arg(vm, args, 1)?;
    let flags = flags_arg(vm, args, 2)?;
    let addr = sock_addr(vm, family, args.get(3).unwrap_or(&Value::None), "sendto")?;
    let timeout = timeout_arg(vm, args, 4)?;
    let n = blocking(vm, args, &socket, PollFlags::POLLOUT, timeout, |s| {
        s.send_to_with_flags(&data, &addr, flags.bits() | nix::libc::MSG_NOSIGNAL)
    })?;
    Ok(Value::Int(n as i64))
}

/// The most one `recv` reads at once: a receive may always return less
/// than asked, and a huge `bufsize` must not make us allocate it all.
const MAX_RECV: usize = 16 << 20;

fn size_arg(vm: &mut Vm, args: &[Value], i: usize, func: &str) -> PyResult<usize> {
    let n = int_arg(vm, args, i)?;
    let n =
        usize::try_from(n).map_err(|_| vm.value_error(format!("negative buffersize in {func}")))?;
    Ok(n.min(MAX_RECV))
}

/// `recv(handle, bufsize, flags, timeout)` -> bytes (empty at EOF).
fn recv(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, _) = open_socket(vm, args)?;
    let size = size_arg(vm, args, 1, "recv")?;
    let flags = flags_arg(vm, args, 2)?;
    let timeout = timeout_arg(vm, args, 3)?;
    let mut buf = vec![0u8; size];
    let n = blocking(vm, args, &socket, PollFlags::POLLIN, timeout, |s| {
        nix::sys::socket::recv(s.as_raw_fd(), &mut buf, flags).map_err(nix_io)
    })?;
    buf.truncate(n);
    Ok(bytes_value(buf))
}

/// `recvfrom(handle, bufsize, flags, timeout)` -> `(bytes, address)`.
fn recvfrom(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use nix::sys::socket::{SockaddrLike, SockaddrStorage};
    let (socket, _) = open_socket(vm, args)?;
    let size = size_arg(vm, args, 1, "recvfrom")?;
    let timeout = timeout_arg(vm, args, 3)?;
    let mut buf = vec![0u8; size];
    let (n, from) = blocking(vm, args, &socket, PollFlags::POLLIN, timeout, |s| {
        nix::sys::socket::recvfrom::<SockaddrStorage>(s.as_raw_fd(), &mut buf).map_err(nix_io)
    })?;
    buf.truncate(n);
    let addr = match from {
        Some(a) => match (a.as_sockaddr_in(), a.as_sockaddr_in6()) {
            (Some(v4), _) => addr_value(&SockAddr::from(SocketAddrV4::from(*v4))),
            (_, Some(v6)) => addr_value(&SockAddr::from(SocketAddrV6::from(*v6))),
            _ if a.family().is_some() => Value::None,
            _ => Value::None,
        },
        None => Value::None,
    };
    Ok(Value::tuple(vec![bytes_value(buf), addr]))
}

fn setsockopt(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, _) = open_socket(vm, args)?;
    let level = int_arg(vm, args, 1)?;
    let option = int_arg(vm, args, 2)?;
    let value = int_arg(vm, args, 3)?;
    let on = value != 0;
    let result = match (level, option) {
        (SOL_SOCKET, SO_REUSEADDR) => socket.set_reuse_address(on),
        (SOL_SOCKET, SO_REUSEPORT) => socket.set_reuse_port(on),
        (SOL_SOCKET, SO_BROADCAST) => socket.set_broadcast(on),
        (SOL_SOCKET, SO_KEEPALIVE) => socket.set_keepalive(on),
        (SOL_SOCKET, SO_SNDBUF) => socket.set_send_buffer_size(value.max(0) as usize),
        (SOL_SOCKET, SO_RCVBUF) => socket.set_recv_buffer_size(value.max(0) as usize),
        (IPPROTO_TCP, TCP_NODELAY) => socket.set_tcp_nodelay(on),
        _ => Err(io::Error::from_raw_os_error(nix::libc::ENOPROTOOPT)),
    };
    result.map_err(|e| io_error(vm, &e, None))?;
    Ok(Value::None)
}

fn getsockopt(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, _) = open_socket(vm, args)?;
    let level = int_arg(vm, args, 1)?;
    let option = int_arg(vm, args, 2)?;
    let result = match (level, option) {
        (SOL_SOCKET, SO_REUSEADDR) => socket.reuse_address().map(i64::from),
        (SOL_SOCKET, SO_REUSEPORT) => socket.reuse_port().map(i64::from),
        (SOL_SOCKET, SO_BROADCAST) => socket.broadcast().map(i64::from),
        (SOL_SOCKET, SO_KEEPALIVE) => socket.keepalive().map(i64::from),
        (SOL_SOCKET, SO_SNDBUF) => socket.send_buffer_size().map(|n| n as i64),
        (SOL_SOCKET, SO_RCVBUF) => socket.recv_buffer_size().map(|n| n as i64),
        (SOL_SOCKET, SO_TYPE) => socket.r#type().map(|t| i32::from(t) as i64),
        (SOL_SOCKET, SO_ERROR) => socket
            .take_error()
            .map(|e| e.and_then(|e| e.raw_os_error()).unwrap_or(0) as i64),
        (IPPROTO_TCP, TCP_NODELAY) => socket.tcp_nodelay().map(i64::from),
        _ => Err(io::Error::from_raw_os_error(nix::libc::ENOPROTOOPT)),
    };
    result.map(Value::Int).map_err(|e| io_error(vm, &e, None))
}

fn getsockname(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, _) = open_socket(vm, args)?;
    let addr = socket.local_addr().map_err(|e| io_error(vm, &e, None))?;
    Ok(addr_value(&addr))
}

fn getpeername(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, _) = open_socket(vm, args)?;
    let addr = socket.peer_addr().map_err(|e| io_error(vm, &e, None))?;
    Ok(addr_value(&addr))
}

fn shutdown(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (socket, _) = open_socket(vm, args)?;
    let how = match int_arg(vm, args, 1)? {
        0 => std::net::Shutdown::Read,
        1 => std::net::Shutdown::Write,
        _ => std::net::Shutdown::Both,
    };
    socket.shutdown(how).map_err(|e| io_error(vm, &e, None))?;
    Ok(Value::None)
}

/// `resolve(host, port, family)` -> a list of `(family, address)` to try,
/// IPv4 first (what `create_connection` walks through).
fn resolve(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let host = match args.first() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(Value::None) | None => "localhost".to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "str, bytes or bytearray expected, not {}",
                vm.type_name(other)
            )));
        }
    };
    let port = int_arg(vm, args, 1)?;
    let family = int_arg(vm, args, 2)?;
    let Ok(port) = u16::try_from(port) else {
        return Err(vm.error("OverflowError", "getsockaddrarg: port must be 0-65535."));
    };
    let mut out = Vec::new();
    for fam in [AF_INET, AF_INET6] {
        if family != 0 && family != fam {
            continue;
        }
        if let Ok(ip) = resolve_host(vm, &host, port, fam) {
            out.push(Value::tuple(vec![
                Value::Int(fam),
                addr_value(&SockAddr::from(SocketAddr::new(ip, port))),
            ]));
        }
    }
    if out.is_empty() {
        return Err(gaierror(vm, -2, "Name or service not known"));
    }
    Ok(Value::list(out))
}

fn gethostname(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let name = nix::unistd::gethostname().map_err(|e| io_error(vm, &nix_io(e), None))?;
    Ok(Value::string(name.to_string_lossy().into_owned()))
}
