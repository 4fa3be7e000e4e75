namespace YuanlingTech.PortalSimulator.Generation;

internal enum TableStyle
{
    Plain,
    Word,
    Xlsx,
}
