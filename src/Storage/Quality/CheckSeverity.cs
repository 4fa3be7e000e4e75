namespace YuanlingTech.Storage.Quality;

public enum CheckSeverity
{
    Warn,
    Error,
}
