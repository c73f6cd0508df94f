def log = new File(basedir, 'build.log').text
assert log.contains('speclint: maxFileSize is "5MB", which is not a number; give a positive number of bytes')
assert !log.contains('Cannot convert') : 'not Maven\'s conversion error'
return true
