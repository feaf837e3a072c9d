//! Campaign files encrypted with age (age-encryption.org/v1, the `age`
//! crate): bytes in, bytes out, in memory only. Files made by the `age`
//! and `rage` programs read here, and those written here read there,
//! binary or ASCII-armoured. The caller reads and writes the files, asks
//! for the passphrase and reads identity files; the plaintext is handed
//! back in a buffer that is zeroed when dropped.

use std::fmt;
use std::io::{Read, Write};

use age::armor::ArmoredReader;
use age::secrecy::SecretString;
use zeroize::Zeroizing;

/// Identities that open files: age's own X25519 keys.
pub type Identities = Vec<Box<dyn age::Identity>>;

/// Public keys to encrypt to.
pub type PublicKeys = Vec<Box<dyn age::Recipient + Send>>;

/// What opens an encrypted file.
pub enum Key {
    /// The passphrase it was encrypted with (scrypt).
    Passphrase(SecretString),
    /// The identities of an identity file (`age-keygen`'s `AGE-SECRET-KEY-1…`).
    Identities(Identities),
}

/// Whom a file is encrypted to.
pub enum Recipients {
    Passphrase(SecretString),
    /// Public keys (`age1…`).
    Keys(PublicKeys),
}

/// Why a file could not be decrypted or encrypted: one sentence each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CryptError {
    /// Not an age file at all, or its header is unreadable.
    NotAge,
    /// Encrypted with a passphrase, which was not the one given.
    WrongPassphrase,
    /// Encrypted to other keys than the identities given.
    NoMatchingIdentity,
    /// Encrypted with a passphrase; identities were given.
    NeedsPassphrase,
    /// Encrypted to keys; a passphrase was given.
    NeedsIdentity,
    /// Cut short, or changed after it was encrypted.
    Damaged,
    /// A passphrase whose work factor would take far longer than this
    /// machine's second.
    ExcessiveWork,
    /// Anything else the age library reports.
    Other(String),
}

impl fmt::Display for CryptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CryptError::NotAge => "it is not an age-encrypted file, or its header is damaged",
            CryptError::WrongPassphrase => "wrong passphrase",
            CryptError::NoMatchingIdentity => {
                "it is encrypted to other keys: none of the identities given opens it"
            }
            CryptError::NeedsPassphrase => {
                "it is encrypted with a passphrase, not to a key: give the passphrase instead of an identity"
            }
            CryptError::NeedsIdentity => {
                "it is encrypted to keys, not with a passphrase: give an identity file (-i FILE)"
            }
            CryptError::Damaged => {
                "it is damaged: cut short, or changed after it was encrypted"
            }
            CryptError::ExcessiveWork => {
                "its passphrase takes far more work to check than this machine allows (a file made to be slow to open)"
            }
            CryptError::Other(message) => message,
        })
    }
}

impl std::error::Error for CryptError {}

/// Whether `bytes` look like an age file (binary or armoured): what a name
/// ending in `.age` promises, checked before asking for a passphrase.
pub fn is_age(bytes: &[u8]) -> bool {
    bytes.starts_with(b"age-encryption.org/v1\n")
        || bytes
            .trim_ascii_start()
            .starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----")
}

/// Whether the age file `bytes` is encrypted with a passphrase (else to
/// keys), so that the caller knows what to ask for.
pub fn is_passphrase(bytes: &[u8]) -> Result<bool, CryptError> {
    let d = age::Decryptor::new_buffered(ArmoredReader::new(bytes)).map_err(header_error)?;
    Ok(d.is_scrypt())
}

fn header_error(e: age::DecryptError) -> CryptError {
    match e {
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => CryptError::NotAge,
        age::DecryptError::Io(_) => CryptError::NotAge,
        other => CryptError::Other(other.to_string()),
    }
}

/// The plaintext of the age file `bytes`, opened with `key`.
pub fn decrypt(bytes: &[u8], key: &Key) -> Result<Zeroizing<Vec<u8>>, CryptError> {
    let d = age::Decryptor::new_buffered(ArmoredReader::new(bytes)).map_err(header_error)?;
    let scrypt = d.is_scrypt();
    let passphrase_id;
    let identities: Vec<&dyn age::Identity> = match key {
        Key::Passphrase(p) => {
            if !scrypt {
                return Err(CryptError::NeedsIdentity);
            }
            passphrase_id = age::scrypt::Identity::new(p.clone());
            vec![&passphrase_id as &dyn age::Identity]
        }
        Key::Identities(ids) => {
            if scrypt {
                return Err(CryptError::NeedsPassphrase);
            }
            ids.iter().map(|b| b.as_ref()).collect()
        }
    };
    let mut reader = d.decrypt(identities.into_iter()).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys if scrypt => CryptError::WrongPassphrase,
        age::DecryptError::DecryptionFailed | age::DecryptError::KeyDecryptionFailed if scrypt => {
            CryptError::WrongPassphrase
        }
        age::DecryptError::NoMatchingKeys => CryptError::NoMatchingIdentity,
        age::DecryptError::InvalidMac | age::DecryptError::DecryptionFailed => CryptError::Damaged,
        age::DecryptError::ExcessiveWork { .. } => CryptError::ExcessiveWork,
        age::DecryptError::Io(_) => CryptError::Damaged,
        other => CryptError::Other(other.to_string()),
    })?;
    let mut plain = Zeroizing::new(Vec::with_capacity(bytes.len()));
    reader
        .read_to_end(&mut plain)
        .map_err(|_| CryptError::Damaged)?;
    Ok(plain)
}

/// `plain` encrypted to `to`, as a binary age file.
pub fn encrypt(plain: &[u8], to: &Recipients) -> Result<Vec<u8>, CryptError> {
    let encryptor = match to {
        Recipients::Passphrase(p) => age::Encryptor::with_user_passphrase(p.clone()),
        Recipients::Keys(keys) => {
            age::Encryptor::with_recipients(keys.iter().map(|k| k.as_ref() as &dyn age::Recipient))
                .map_err(|e| CryptError::Other(e.to_string()))?
        }
    };
    let mut out = Vec::with_capacity(plain.len() + 256);
    let io = |e: std::io::Error| CryptError::Other(e.to_string());
    let mut w = encryptor.wrap_output(&mut out).map_err(io)?;
    w.write_all(plain).map_err(io)?;
    w.finish().map_err(io)?;
    Ok(out)
}

/// The public keys of a recipients list: one `age1…` a line, as `age -R`
/// reads it (blank lines and `#` comments left out). An error names the
/// line (from 1) that is not one.
pub fn parse_recipients(text: &str) -> Result<PublicKeys, String> {
    let mut keys: PublicKeys = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        keys.push(Box::new(
            parse_recipient(line).map_err(|e| format!("line {}: {e}", n + 1))?,
        ));
    }
    Ok(keys)
}

/// One public key, `age1…`.
pub fn parse_recipient(text: &str) -> Result<age::x25519::Recipient, String> {
    text.trim().parse::<age::x25519::Recipient>().map_err(|_| {
        format!(
            "`{}` is not an age public key (age1…, as age-keygen prints it)",
            crate::sanitize::sanitize_line(text.trim())
        )
    })
}

/// The identities of an identity file (`AGE-SECRET-KEY-1…` lines, as
/// `age-keygen` writes them), with the public keys they open.
pub fn parse_identities(bytes: &[u8]) -> Result<(Identities, PublicKeys), String> {
    let file = age::IdentityFile::from_buffer(bytes)
        .map_err(|_| "it is not an age identity file (AGE-SECRET-KEY-1… lines)".to_owned())?;
    let recipients = file.to_recipients().map_err(|_| {
        "it holds identities campaign-dash cannot use (only age's own keys)".to_owned()
    })?;
    let identities = file.into_identities().map_err(|_| {
        "it holds identities campaign-dash cannot use (only age's own keys)".to_owned()
    })?;
    if identities.is_empty() {
        return Err("it holds no identity (AGE-SECRET-KEY-1… line)".to_owned());
    }
    Ok((identities, recipients))
}

/// How the dashboard and `log` keep an encrypted campaign file: what
/// opens it, kept in memory for as long as they run (the passphrase, or the
/// bytes of the identity files, zeroed when dropped), and whom it is
/// encrypted to again when they write to it. Shared with the loader and
/// writer threads.
#[derive(Clone)]
pub struct Seal {
    secret: Secret,
}

#[derive(Clone)]
enum Secret {
    Passphrase(SecretString),
    Keys {
        /// The identity files, as read.
        identities: Vec<Zeroizing<Vec<u8>>>,
        /// The public keys of those identities, `age1…`.
        own: Vec<String>,
    },
}

/// One seal is only equal to itself: secrets are not compared.
impl PartialEq for Seal {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl fmt::Debug for Seal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.secret {
            Secret::Passphrase(_) => "Seal(passphrase)",
            Secret::Keys { .. } => "Seal(keys)",
        })
    }
}

/// The name of the list of public keys a file encrypted to keys is
/// encrypted to again when written: beside it, `FILE.recipients`, one
/// `age1…` a line, as `age -R` reads it (`encrypt` writes it).
pub fn recipients_path(file: &std::path::Path) -> std::path::PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".recipients");
    std::path::PathBuf::from(name)
}

impl Seal {
    /// A file encrypted with `passphrase`, encrypted with it again.
    pub fn passphrase(passphrase: SecretString) -> Seal {
        Seal {
            secret: Secret::Passphrase(passphrase),
        }
    }

    /// A file encrypted to keys, opened with the identity files
    /// `identities` (their bytes).
    pub fn identities(identities: Vec<Zeroizing<Vec<u8>>>) -> Result<Seal, String> {
        let mut own = Vec::new();
        for bytes in &identities {
            parse_identities(bytes)?;
            // The public keys, as age-keygen -y prints them.
            for line in String::from_utf8_lossy(bytes).lines() {
                if let Ok(id) = line.trim().parse::<age::x25519::Identity>() {
                    own.push(id.to_public().to_string());
                }
            }
        }
        if own.is_empty() {
            return Err("it holds no identity (AGE-SECRET-KEY-1… line)".to_owned());
        }
        Ok(Seal {
            secret: Secret::Keys { identities, own },
        })
    }

    /// What opens the file.
    pub fn key(&self) -> Result<Key, CryptError> {
        match &self.secret {
            Secret::Passphrase(p) => Ok(Key::Passphrase(p.clone())),
            Secret::Keys { identities, .. } => {
                let mut all: Identities = Vec::new();
                for bytes in identities {
                    let (mut ids, _) = parse_identities(bytes).map_err(CryptError::Other)?;
                    all.append(&mut ids);
                }
                Ok(Key::Identities(all))
            }
        }
    }

    /// `plain` opened from the age file `bytes`.
    pub fn open(&self, bytes: &[u8]) -> Result<Zeroizing<Vec<u8>>, CryptError> {
        decrypt(bytes, &self.key()?)
    }

    /// `plain` encrypted again: with the passphrase, or to the public keys
    /// `listed` (the text of the file's recipients list, `None` when there
    /// is none), which must include one of the identities that open it, so
    /// that nobody writes themselves out of their own file.
    pub fn close(&self, plain: &[u8], listed: Option<&str>) -> Result<Vec<u8>, String> {
        let to = match &self.secret {
            Secret::Passphrase(p) => Recipients::Passphrase(p.clone()),
            Secret::Keys { own, .. } => {
                let Some(listed) = listed else {
                    return Err("whom it is encrypted to is not known: list the team's public keys (age1…, one a line) in the file's .recipients beside it, as `campaign-dash encrypt -r` writes it".to_owned());
                };
                let keys = parse_recipients(listed).map_err(|e| format!("its .recipients, {e}"))?;
                let named: Vec<&str> = listed
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .collect();
                if !own.iter().any(|k| named.contains(&k.as_str())) {
                    return Err("its .recipients does not list your own public key: written so, the file would no longer open with your identity".to_owned());
                }
                Recipients::Keys(keys)
            }
        };
        encrypt(plain, &to).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &[u8] = b"[campaign]\nname = \"Secret\"\n";

    fn keys() -> (Key, Recipients) {
        let id = age::x25519::Identity::generate();
        let to = id.to_public();
        (
            Key::Identities(vec![Box::new(id)]),
            Recipients::Keys(vec![Box::new(to)]),
        )
    }

    #[test]
    fn a_file_encrypted_to_a_key_opens_with_its_identity_only() {
        let (key, to) = keys();
        let sealed = encrypt(TEXT, &to).unwrap();
        assert!(is_age(&sealed));
        assert_eq!(is_passphrase(&sealed), Ok(false));
        assert_eq!(decrypt(&sealed, &key).unwrap().as_slice(), TEXT);
        let (other, _) = keys();
        assert_eq!(
            decrypt(&sealed, &other).err(),
            Some(CryptError::NoMatchingIdentity)
        );
        let pass = Key::Passphrase(SecretString::from("x".to_owned()));
        assert_eq!(
            decrypt(&sealed, &pass).err(),
            Some(CryptError::NeedsIdentity)
        );
    }

    #[test]
    fn a_damaged_or_foreign_file_is_said_as_such() {
        let (key, to) = keys();
        let sealed = encrypt(TEXT, &to).unwrap();
        let cut = &sealed[..sealed.len() - 5];
        assert_eq!(decrypt(cut, &key).err(), Some(CryptError::Damaged));
        let mut flipped = sealed.clone();
        let last = flipped.len() - 3;
        flipped[last] ^= 1;
        assert_eq!(decrypt(&flipped, &key).err(), Some(CryptError::Damaged));
        assert_eq!(decrypt(TEXT, &key).err(), Some(CryptError::NotAge));
        assert!(!is_age(TEXT));
    }

    #[test]
    fn recipients_lists_and_identity_files_are_read_as_age_writes_them() {
        let id = age::x25519::Identity::generate();
        let public = id.to_public().to_string();
        use age::secrecy::ExposeSecret;
        let secret = id.to_string();
        let file = format!(
            "# created: now\n# public key: {public}\n{}\n",
            secret.expose_secret()
        );
        let (ids, to) = parse_identities(file.as_bytes()).unwrap();
        assert_eq!((ids.len(), to.len()), (1, 1));
        let list = parse_recipients(&format!("# the team\n\n{public}\n")).unwrap();
        assert_eq!(list.len(), 1);
        let bad = parse_recipients("age1nope\n").err().unwrap();
        assert!(
            bad.starts_with("line 1: `age1nope` is not an age public key"),
            "{bad}"
        );
        assert!(parse_identities(b"hello").is_err());
    }
}
