
namespace YuanlingTech.Worker.Configuration;

/// <summary>Configuration that stops start-up; the message names the key.</summary>
public sealed class OptionsConfigurationException : Exception
{
    public OptionsConfigurationException()
    {
    }

    public OptionsConfigurationException(string message)
        : base(message)
    {
    }

    public OptionsConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
