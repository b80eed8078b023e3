//! SipHash-1-3 with a zero key: CPython's string and bytes hash when
//! `PYTHONHASHSEED=0`.
//!
//! CPython picks a random key per process, so set and dict orders of
//! strings change from run to run; with `PYTHONHASHSEED=0` they are fixed.
//! minipy always hashes as that fixed CPython does, so its set orders can
//! be checked against `PYTHONHASHSEED=0 python3`.

/// Accumulates bytes and returns the 64-bit SipHash-1-3 of them.
pub struct SipHasher13 {
    v: [u64; 4],
    tail: u64,
    tail_len: u32,
    len: u64,
}

impl Default for SipHasher13 {
    fn default() -> Self {
        Self::new()
    }
}

impl SipHasher13 {
    pub fn new() -> SipHasher13 {
        let (k0, k1) = (0u64, 0u64);
        SipHasher13 {
            v: [
                k0 ^ 0x736f_6d65_7073_6575,
                k1 ^ 0x646f_7261_6e64_6f6d,
                k0 ^ 0x6c79_6765_6e65_7261,
                k1 ^ 0x7465_6462_7974_6573,
            ],
            tail: 0,
            tail_len: 0,
            len: 0,
        }
    }

    fn round(&mut self) {
        let v = &mut self.v;
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }

    fn compress(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }

    pub fn write_u8(&mut self, b: u8) {
        self.tail |= (b as u64) << (8 * self.tail_len);
        self.tail_len += 1;
        self.len += 1;
        if self.tail_len == 8 {
            let m = self.tail;
            self.compress(m);
            self.tail = 0;
            self.tail_len = 0;
        }
    }

    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u8(b);
        }
    }

    pub fn finish(mut self) -> u64 {
        let last = self.tail | (self.len << 56);
        self.compress(last);
        self.v[2] ^= 0xff;
        for _ in 0..3 {
            self.round();
        }
        self.v[0] ^ self.v[1] ^ self.v[2] ^ self.v[3]
    }
}

/// A Python hash from a raw 64-bit one: empty input hashes to 0 and -1 is
/// reserved for errors.
fn finish_python(h: SipHasher13, empty: bool) -> i64 {
    if empty {
        return 0;
    }
    match h.finish() as i64 {
        -1 => -2,
        x => x,
    }
}

/// `hash(str)`: CPython hashes the string's compact storage, one, two or
/// four bytes per code point depending on the largest one.
pub fn hash_str(s: &str) -> i64 {
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut h = SipHasher13::new();
    if s.is_ascii() {
        h.write(s.as_bytes());
    } else if widest < 0x100 {
        s.chars().for_each(|c| h.write_u8(c as u8));
    } else if widest < 0x10000 {
        s.chars().for_each(|c| h.write(&(c as u16).to_le_bytes()));
    } else {
        s.chars().for_each(|c| h.write(&(c as u32).to_le_bytes()));
    }
    finish_python(h, s.is_empty())
}

/// `hash(bytes)`.
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h = SipHasher13::new();
    h.write(b);
    finish_python(h, b.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values printed by `PYTHONHASHSEED=0 python3 -c "print(hash(...))"`.
    #[test]
    fn matches_cpython_with_hash_seed_zero() {
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str(""), 0);
        assert_eq!(hash_str("h\u{e9}llo"), 6395329678795984700);
        assert_eq!(hash_str("\u{20ac}x"), -483395623852268653);
        assert_eq!(hash_str("\u{1f600}"), -3536540696076613844);
        assert_eq!(hash_str("abcdefghijklmnop"), -7712962755478248686);
        assert_eq!(hash_bytes(b"abc"), -4594863902769663758);
        assert_eq!(hash_bytes(b""), 0);
    }
}
